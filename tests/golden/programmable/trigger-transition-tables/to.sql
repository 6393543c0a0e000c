-- case: statement-level AFTER triggers with transition tables (REFERENCING OLD TABLE AS ... NEW TABLE AS ...) are created and see every changed row of a statement at once.
CREATE TABLE reading_progress (
    student_id bigint NOT NULL,
    book_id bigint NOT NULL,
    pages_read integer NOT NULL DEFAULT 0,
    PRIMARY KEY (student_id, book_id)
);

CREATE TABLE reading_progress_history (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    student_id bigint NOT NULL,
    book_id bigint NOT NULL,
    pages_delta integer NOT NULL
);

CREATE FUNCTION record_progress_delta() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO public.reading_progress_history (student_id, book_id, pages_delta)
    SELECT n.student_id, n.book_id, n.pages_read - o.pages_read
    FROM changed_new n
    JOIN changed_old o USING (student_id, book_id)
    WHERE n.pages_read <> o.pages_read;
    RETURN NULL;
END;
$$;

CREATE FUNCTION record_progress_start() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO public.reading_progress_history (student_id, book_id, pages_delta)
    SELECT student_id, book_id, pages_read FROM inserted;
    RETURN NULL;
END;
$$;

CREATE TRIGGER reading_progress_delta
    AFTER UPDATE ON reading_progress
    REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
    FOR EACH STATEMENT
    EXECUTE FUNCTION record_progress_delta();

CREATE TRIGGER reading_progress_start
    AFTER INSERT ON reading_progress
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT
    EXECUTE FUNCTION record_progress_start();
