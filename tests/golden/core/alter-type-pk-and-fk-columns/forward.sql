-- schemac forward plan: 4 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.accounts.id (type integer -> bigint)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.accounts ALTER COLUMN id TYPE bigint;

-- alter column public.transfers.from_account (type integer -> bigint)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.transfers ALTER COLUMN from_account TYPE bigint;

-- alter column public.transfers.id (type integer -> bigint)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.transfers ALTER COLUMN id TYPE bigint;

-- alter column public.transfers.to_account (type integer -> bigint)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.transfers ALTER COLUMN to_account TYPE bigint;

COMMIT;
