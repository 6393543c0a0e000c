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
