-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function public.display_name(text, text)
CREATE OR REPLACE FUNCTION public.display_name(first_name text, last_name text)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
AS $function$ SELECT first_name || ' ' || left(last_name, 1) || '.' $function$;

COMMIT;
