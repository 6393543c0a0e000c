-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.age_in_years(date, date)
CREATE FUNCTION public.age_in_years(born date, on_day date DEFAULT current_date)
  RETURNS integer
  LANGUAGE sql
  STABLE PARALLEL SAFE
AS $function$ SELECT extract(year FROM age(on_day, born))::integer $function$;

-- create view public.children_ages
CREATE VIEW public.children_ages (id, first_name, age) AS
SELECT children.id, children.first_name, age_in_years(children.birth_date, '2024-12-01'::date) AS age FROM children;

COMMIT;
