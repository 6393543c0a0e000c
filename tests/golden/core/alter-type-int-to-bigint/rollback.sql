-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.events.counter (type bigint -> integer)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.events ALTER COLUMN counter DROP DEFAULT;
ALTER TABLE public.events ALTER COLUMN counter TYPE integer;
ALTER TABLE public.events ALTER COLUMN counter SET DEFAULT 0;

-- alter column public.events.id (type bigint -> integer)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.events ALTER COLUMN id TYPE integer;

COMMIT;
