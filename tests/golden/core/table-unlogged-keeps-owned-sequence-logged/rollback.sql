-- schemac rollback plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter table public.import_staging
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.import_staging SET LOGGED;

COMMIT;
