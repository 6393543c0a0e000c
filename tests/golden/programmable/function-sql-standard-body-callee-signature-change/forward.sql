-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.quiz_points(integer, integer)
DROP FUNCTION public.quiz_points(integer, integer);

-- drop function public.points_for(integer)
DROP FUNCTION public.points_for(integer);

-- create function public.points_for(integer, integer)
CREATE FUNCTION public.points_for(correct integer, per_answer integer DEFAULT 10)
  RETURNS integer
  LANGUAGE sql
  IMMUTABLE
RETURN correct * per_answer;

-- create function public.quiz_points(integer, integer)
CREATE FUNCTION public.quiz_points(correct integer, total integer)
  RETURNS integer
  LANGUAGE sql
  IMMUTABLE
BEGIN ATOMIC
  SELECT points_for(quiz_points.correct) + CASE WHEN quiz_points.correct = quiz_points.total THEN 5 ELSE 0 END;
END;

COMMIT;
