-- schemac forward plan: 1 step
SET search_path = public;

BEGIN;

-- alter column public.contacts.phone (drop not null)
ALTER TABLE public.contacts ALTER COLUMN phone DROP NOT NULL;

COMMIT;
