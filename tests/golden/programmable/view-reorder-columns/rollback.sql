-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.classroom_overview
DROP VIEW public.classroom_overview;

-- create view public.classroom_overview
CREATE VIEW public.classroom_overview (id, name, grade, teacher_id) AS
SELECT classrooms.id, classrooms.name, classrooms.grade, classrooms.teacher_id FROM classrooms;

COMMIT;
