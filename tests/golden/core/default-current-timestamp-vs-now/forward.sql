-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.audit.created_at (default)
ALTER TABLE public.audit ALTER COLUMN created_at SET DEFAULT now();

-- alter column public.audit.updated_at (default)
ALTER TABLE public.audit ALTER COLUMN updated_at SET DEFAULT current_timestamp;

COMMIT;
