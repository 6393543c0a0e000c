-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function public.slugify(text)
CREATE OR REPLACE FUNCTION public.slugify(title text)
  RETURNS text
  LANGUAGE sql
  STABLE
AS $function$ SELECT lower(regexp_replace(trim(title), '[^A-Za-z0-9]+', '-', 'g')) $function$;

COMMIT;
