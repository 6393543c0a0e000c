-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename function public.lower_email() to function public.normalize_user_email()
ALTER ROUTINE public.lower_email() RENAME TO normalize_user_email;

-- replace trigger users_lower_email on public.users
CREATE OR REPLACE TRIGGER users_lower_email BEFORE INSERT OR UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.normalize_user_email();

COMMIT;
