-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- disable trigger users_lowercase_email on public.users
ALTER TABLE public.users DISABLE TRIGGER users_lowercase_email;

COMMIT;
