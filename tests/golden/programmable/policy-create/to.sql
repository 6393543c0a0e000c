-- case: new policies on a table that already has RLS are added with CREATE POLICY: a SELECT policy for readers, a RESTRICTIVE policy and an UPDATE policy with both USING and WITH CHECK.
CREATE TABLE assignments (
    id bigint PRIMARY KEY,
    classroom_id integer NOT NULL,
    teacher_id bigint NOT NULL,
    published boolean NOT NULL DEFAULT false
);

ALTER TABLE assignments ENABLE ROW LEVEL SECURITY;

CREATE POLICY assignments_teacher_all ON assignments
    TO app_writer
    USING (teacher_id = current_setting('app.user_id', true)::bigint)
    WITH CHECK (teacher_id = current_setting('app.user_id', true)::bigint);

CREATE POLICY assignments_published_read ON assignments
    FOR SELECT
    TO app_reader
    USING (published);

CREATE POLICY assignments_not_archived ON assignments
    AS RESTRICTIVE
    FOR ALL
    TO app_reader, app_writer
    USING (classroom_id > 0);

CREATE POLICY assignments_admin_update ON assignments
    FOR UPDATE
    TO app_admin
    USING (true)
    WITH CHECK (classroom_id > 0);
