-- case: a policy's role list is changed in place with ALTER POLICY ... TO (one role to two roles; PUBLIC to a single role).
CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL,
    school_id integer NOT NULL
);

ALTER TABLE classrooms ENABLE ROW LEVEL SECURITY;

CREATE POLICY classrooms_read ON classrooms
    FOR SELECT
    TO app_reader, app_writer
    USING (true);

CREATE POLICY classrooms_school ON classrooms
    TO app_admin
    USING (school_id = current_setting('app.school_id', true)::integer);
