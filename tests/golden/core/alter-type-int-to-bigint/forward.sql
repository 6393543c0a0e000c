-- schemac forward plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.events.counter (type integer -> bigint)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.events ALTER COLUMN counter DROP DEFAULT;
ALTER TABLE public.events ALTER COLUMN counter TYPE bigint;
ALTER TABLE public.events ALTER COLUMN counter SET DEFAULT 0;

-- alter column public.events.id (type integer -> bigint)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.events ALTER COLUMN id TYPE bigint;

COMMIT;
