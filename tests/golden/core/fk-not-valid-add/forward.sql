-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint logins_user_id_fkey on public.logins
ALTER TABLE public.logins ADD CONSTRAINT logins_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) NOT VALID;

COMMIT;
