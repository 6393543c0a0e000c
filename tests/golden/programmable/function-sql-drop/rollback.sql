-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.email_local_part(text)
CREATE FUNCTION public.email_local_part(email text)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE STRICT
AS $function$ SELECT split_part(email, '@', 1) $function$;

COMMIT;
