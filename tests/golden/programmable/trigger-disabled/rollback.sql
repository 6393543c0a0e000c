-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- enable trigger users_lowercase_email on public.users
ALTER TABLE public.users ENABLE TRIGGER users_lowercase_email;

COMMIT;
