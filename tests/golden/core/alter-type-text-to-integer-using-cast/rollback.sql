-- schemac rollback plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.legacy_imports.amount (type integer -> text)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.legacy_imports ALTER COLUMN amount TYPE text;

COMMIT;
