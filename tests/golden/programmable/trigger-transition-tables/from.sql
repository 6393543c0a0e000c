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
