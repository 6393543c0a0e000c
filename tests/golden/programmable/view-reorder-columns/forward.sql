-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.classroom_overview
DROP VIEW public.classroom_overview;

-- create view public.classroom_overview
CREATE VIEW public.classroom_overview (id, grade, name, teacher_id) AS
SELECT classrooms.id, classrooms.grade, classrooms.name, classrooms.teacher_id FROM classrooms;

COMMIT;
