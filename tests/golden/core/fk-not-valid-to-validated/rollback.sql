-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint logins_user_fk on public.logins
ALTER TABLE public.logins DROP CONSTRAINT logins_user_fk;

-- add constraint logins_user_fk on public.logins
ALTER TABLE public.logins ADD CONSTRAINT logins_user_fk FOREIGN KEY (user_id) REFERENCES public.users (id) NOT VALID;

COMMIT;
