CREATE TABLE reading_progress (
    student_id bigint NOT NULL,
    book_id bigint NOT NULL,
    pages_read integer NOT NULL,
    PRIMARY KEY (student_id, book_id)
);

CREATE FUNCTION total_pages_read(p_student_id bigint) RETURNS integer
    LANGUAGE sql
    STABLE
    AS $$ SELECT coalesce(sum(pages_read), 0)::integer FROM reading_progress WHERE student_id = p_student_id $$;

COMMENT ON FUNCTION total_pages_read(bigint) IS 'Pages read across all books';
