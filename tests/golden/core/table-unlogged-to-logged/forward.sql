-- schemac forward plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter table public.cache_entries
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.cache_entries SET LOGGED;

COMMIT;
