-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.calendar_progress
DROP VIEW public.calendar_progress;

COMMIT;
