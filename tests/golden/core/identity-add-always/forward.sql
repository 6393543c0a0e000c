-- schemac forward plan: 1 step
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.invoices.id (add identity)
-- hazards: access-exclusive-lock
-- note: the identity sequence starts at its START value, not after existing rows
ALTER TABLE public.invoices ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (START WITH 1000);

COMMIT;
