-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.children_ages
DROP VIEW public.children_ages;

-- drop function public.age_in_years(date, date)
DROP FUNCTION public.age_in_years(date, date);

COMMIT;
