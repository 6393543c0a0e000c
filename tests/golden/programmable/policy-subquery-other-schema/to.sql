-- case: a policy whose USING clause has a subquery on a table in another schema depends on that table; it is created after it, and RLS is enabled on the protected table.
CREATE SCHEMA users;
CREATE SCHEMA classroom;

CREATE TABLE users.memberships (
    user_id bigint NOT NULL,
    classroom_id integer NOT NULL,
    role text NOT NULL,
    PRIMARY KEY (user_id, classroom_id)
);

CREATE TABLE classroom.submissions (
    id bigint PRIMARY KEY,
    classroom_id integer NOT NULL,
    student_id bigint NOT NULL,
    body text
);

ALTER TABLE classroom.submissions ENABLE ROW LEVEL SECURITY;

CREATE POLICY submissions_teacher_read ON classroom.submissions
    FOR SELECT
    TO app_reader
    USING (
        EXISTS (
            SELECT 1
            FROM users.memberships m
            WHERE m.classroom_id = submissions.classroom_id
              AND m.user_id = current_setting('app.user_id', true)::bigint
              AND m.role IN ('teacher', 'assistant')
        )
    );
