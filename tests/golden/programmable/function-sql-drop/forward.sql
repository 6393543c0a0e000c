-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.email_local_part(text)
DROP FUNCTION public.email_local_part(text);

COMMIT;
