-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function classroom.class_sizes()
DROP FUNCTION classroom.class_sizes();

-- drop function classroom.student_ids(integer)
DROP FUNCTION classroom.student_ids(integer);

-- drop function classroom.enrollments_of(integer)
DROP FUNCTION classroom.enrollments_of(integer);

COMMIT;
