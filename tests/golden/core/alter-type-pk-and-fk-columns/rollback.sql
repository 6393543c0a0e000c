-- schemac rollback plan: 4 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.accounts.id (type bigint -> integer)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.accounts ALTER COLUMN id TYPE integer;

-- alter column public.transfers.from_account (type bigint -> integer)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.transfers ALTER COLUMN from_account TYPE integer;

-- alter column public.transfers.id (type bigint -> integer)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.transfers ALTER COLUMN id TYPE integer;

-- alter column public.transfers.to_account (type bigint -> integer)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.transfers ALTER COLUMN to_account TYPE integer;

COMMIT;
