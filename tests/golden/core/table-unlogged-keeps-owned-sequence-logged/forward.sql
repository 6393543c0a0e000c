-- schemac forward plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter table public.import_staging
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.import_staging SET UNLOGGED;
ALTER SEQUENCE public.import_batch_seq SET LOGGED;

COMMIT;
