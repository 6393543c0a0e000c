-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.users_normalized_email_key
DROP INDEX public.users_normalized_email_key;

-- drop function public.normalize_email(text)
DROP FUNCTION public.normalize_email(text);

COMMIT;
