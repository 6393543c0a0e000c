-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.people.email_domain (drop expression)
ALTER TABLE public.people ALTER COLUMN email_domain DROP EXPRESSION;

COMMIT;
