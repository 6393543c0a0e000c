-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.full_name(text, text)
DROP FUNCTION public.full_name(text, text);

COMMIT;
