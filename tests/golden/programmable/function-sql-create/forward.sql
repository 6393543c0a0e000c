-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.full_name(text, text)
CREATE FUNCTION public.full_name(first_name text, last_name text)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
AS $function$
        SELECT trim(first_name || ' ' || coalesce(last_name, ''))
    $function$;

COMMIT;
