-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function public.is_valid_grade(smallint)
CREATE OR REPLACE FUNCTION public.is_valid_grade(grade smallint)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
AS $function$ SELECT grade BETWEEN 0 AND 12 $function$;

COMMIT;
