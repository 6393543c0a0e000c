-- case: changing a function's return type (integer to bigint) is refused by CREATE OR REPLACE FUNCTION, so it is dropped and recreated and its comment restored.
CREATE TABLE reading_progress (
    student_id bigint NOT NULL,
    book_id bigint NOT NULL,
    pages_read integer NOT NULL,
    PRIMARY KEY (student_id, book_id)
);

CREATE FUNCTION total_pages_read(p_student_id bigint) RETURNS bigint
    LANGUAGE sql
    STABLE
    AS $$ SELECT coalesce(sum(pages_read), 0) FROM reading_progress WHERE student_id = p_student_id $$;

COMMENT ON FUNCTION total_pages_read(bigint) IS 'Pages read across all books';
