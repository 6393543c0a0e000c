-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop policy submissions_teacher_read on classroom.submissions
DROP POLICY submissions_teacher_read ON classroom.submissions;

-- alter table classroom.submissions
ALTER TABLE classroom.submissions DISABLE ROW LEVEL SECURITY;

COMMIT;
