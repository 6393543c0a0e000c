-- case: adding WITH LOCAL CHECK OPTION to an auto-updatable view is a reloption change (check_option=local), and afterwards inserts through the view that it could not see are rejected.
CREATE TABLE enrollments (
    id bigint PRIMARY KEY,
    classroom_id integer NOT NULL,
    student_id bigint NOT NULL,
    status text NOT NULL DEFAULT 'active'
);

CREATE VIEW active_enrollments AS
    SELECT id, classroom_id, student_id, status
    FROM enrollments
    WHERE status = 'active'
    WITH LOCAL CHECK OPTION;
