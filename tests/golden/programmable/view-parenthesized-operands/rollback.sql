-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.day_state
DROP VIEW public.day_state;

COMMIT;
