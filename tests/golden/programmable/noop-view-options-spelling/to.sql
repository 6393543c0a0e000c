-- case: view option spellings that store the same reloptions are an empty diff: security_barrier alone = security_barrier = true, WITH CHECK OPTION = WITH CASCADED CHECK OPTION = check_option = 'cascaded', WITH LOCAL CHECK OPTION = check_option = local.
CREATE TABLE enrollments (
    id bigint PRIMARY KEY,
    classroom_id integer NOT NULL,
    status text NOT NULL
);

CREATE VIEW active_enrollments WITH (security_barrier = true, check_option = 'cascaded') AS
    SELECT id, classroom_id, status FROM enrollments WHERE status = 'active';

CREATE VIEW active_enrollments_local WITH (check_option = local) AS
    SELECT id, classroom_id, status FROM active_enrollments WHERE classroom_id > 0;
