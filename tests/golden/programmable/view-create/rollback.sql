-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.active_users
DROP VIEW public.active_users;

COMMIT;
