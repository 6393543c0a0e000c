-- schemac forward plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.legacy_imports.amount (type text -> integer)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.legacy_imports ALTER COLUMN amount TYPE integer USING amount::integer;

COMMIT;
