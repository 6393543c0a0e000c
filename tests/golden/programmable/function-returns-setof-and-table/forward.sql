-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function classroom.enrollments_of(integer)
CREATE FUNCTION classroom.enrollments_of(p_classroom_id integer)
  RETURNS SETOF classroom.enrollments
  LANGUAGE sql
  STABLE ROWS 30
AS $function$ SELECT * FROM classroom.enrollments WHERE classroom_id = p_classroom_id $function$;

-- create function classroom.student_ids(integer)
CREATE FUNCTION classroom.student_ids(p_classroom_id integer)
  RETURNS SETOF bigint
  LANGUAGE sql
  STABLE
AS $function$ SELECT student_id FROM classroom.enrollments WHERE classroom_id = p_classroom_id ORDER BY student_id $function$;

-- create function classroom.class_sizes()
CREATE FUNCTION classroom.class_sizes()
  RETURNS TABLE(classroom_id integer, students bigint, first_joined date)
  LANGUAGE sql
  STABLE
AS $function$
        SELECT e.classroom_id, count(*), min(e.joined_on)
        FROM classroom.enrollments e
        GROUP BY e.classroom_id
    $function$;

COMMIT;
