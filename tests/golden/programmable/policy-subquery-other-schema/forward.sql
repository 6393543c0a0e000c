-- schemac forward plan: 2 steps
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter table classroom.submissions
-- hazards: backward-incompatible
-- note: roles without a matching policy see no rows from now on
ALTER TABLE classroom.submissions ENABLE ROW LEVEL SECURITY;

-- create policy submissions_teacher_read on classroom.submissions
CREATE POLICY submissions_teacher_read ON classroom.submissions AS PERMISSIVE FOR SELECT TO app_reader USING (EXISTS (SELECT 1 FROM users.memberships m WHERE m.classroom_id = submissions.classroom_id AND m.user_id = current_setting('app.user_id', true)::bigint AND m.role IN ('teacher', 'assistant')));

COMMIT;
