-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.graded_submissions
DROP VIEW public.graded_submissions;

-- drop function public.grade_percent(integer, integer)
DROP FUNCTION public.grade_percent(integer, integer);

-- create function public.grade_percent(integer, integer)
CREATE FUNCTION public.grade_percent(points integer, max_points integer)
  RETURNS numeric
  LANGUAGE sql
  IMMUTABLE
RETURN round((points * 100.0) / max_points, 1);

-- create view public.graded_submissions
CREATE VIEW public.graded_submissions (id, assignment_id, percent) AS
SELECT submissions.id, submissions.assignment_id, grade_percent(submissions.points, submissions.max_points) AS percent FROM submissions;

COMMIT;
