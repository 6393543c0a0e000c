CREATE TABLE enrollments (
    id bigint PRIMARY KEY,
    classroom_id integer NOT NULL,
    student_id bigint NOT NULL,
    status text NOT NULL DEFAULT 'active'
);

CREATE VIEW active_enrollments AS
    SELECT id, classroom_id, student_id, status
    FROM enrollments
    WHERE status = 'active';
