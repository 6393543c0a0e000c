-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.contacts.country_code (drop not null)
ALTER TABLE public.contacts ALTER COLUMN country_code DROP NOT NULL;

-- alter column public.contacts.email (drop not null)
ALTER TABLE public.contacts ALTER COLUMN email DROP NOT NULL;

COMMIT;
