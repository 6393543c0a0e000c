-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.invoices.id (drop identity)
ALTER TABLE public.invoices ALTER COLUMN id DROP IDENTITY;

COMMIT;
