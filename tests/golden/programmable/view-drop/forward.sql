-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.deleted_users
DROP VIEW public.deleted_users;

COMMIT;
