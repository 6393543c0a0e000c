-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.format_duration(interval)
DROP FUNCTION public.format_duration(interval);

COMMIT;
