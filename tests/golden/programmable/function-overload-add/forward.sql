-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.format_duration(interval)
CREATE FUNCTION public.format_duration(d interval)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE STRICT
AS $function$ SELECT (extract(epoch FROM d)::integer / 60) || ' min' $function$;

COMMIT;
