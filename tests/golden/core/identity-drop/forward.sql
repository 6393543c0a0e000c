-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.widgets.id (drop identity)
ALTER TABLE public.widgets ALTER COLUMN id DROP IDENTITY;

COMMIT;
