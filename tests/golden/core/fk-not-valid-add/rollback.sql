-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint logins_user_id_fkey on public.logins
ALTER TABLE public.logins DROP CONSTRAINT logins_user_id_fkey;

COMMIT;
