-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace trigger users_reset_verification on public.users
CREATE OR REPLACE TRIGGER users_reset_verification BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.reset_email_verification();

COMMIT;
