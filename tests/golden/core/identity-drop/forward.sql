-- schemac forward plan: 1 step
SET search_path = public;

BEGIN;

-- alter column public.widgets.id (drop identity)
ALTER TABLE public.widgets ALTER COLUMN id DROP IDENTITY;

COMMIT;
