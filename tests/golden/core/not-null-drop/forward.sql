-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.contacts.phone (drop not null)
ALTER TABLE public.contacts ALTER COLUMN phone DROP NOT NULL;

COMMIT;
