CREATE TABLE reading_sessions (
    id bigint PRIMARY KEY,
    student_id integer NOT NULL,
    book_id integer NOT NULL,
    minutes integer NOT NULL DEFAULT 0
);

CREATE VIEW nonempty_reading_sessions AS
    SELECT id, student_id, book_id, minutes
    FROM reading_sessions
    WHERE minutes > 0;

CREATE VIEW student_reading_totals AS
    SELECT student_id, count(*) AS sessions, sum(minutes) AS total_minutes
    FROM nonempty_reading_sessions
    GROUP BY student_id;

COMMENT ON VIEW student_reading_totals IS 'Minutes read per student';
GRANT SELECT ON student_reading_totals TO app_reader;
