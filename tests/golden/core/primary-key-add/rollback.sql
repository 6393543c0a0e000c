-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint user_roles_pk on public.user_roles
ALTER TABLE public.user_roles DROP CONSTRAINT user_roles_pk;

-- drop constraint settings_pkey on public.settings
ALTER TABLE public.settings DROP CONSTRAINT settings_pkey;

COMMIT;
