CREATE TABLE enrollments (
    id bigint PRIMARY KEY,
    classroom_id integer NOT NULL,
    status text NOT NULL
);

CREATE VIEW active_enrollments WITH (security_barrier) AS
    SELECT id, classroom_id, status FROM enrollments WHERE status = 'active'
    WITH CHECK OPTION;

CREATE VIEW active_enrollments_local AS
    SELECT id, classroom_id, status FROM active_enrollments WHERE classroom_id > 0
    WITH LOCAL CHECK OPTION;
