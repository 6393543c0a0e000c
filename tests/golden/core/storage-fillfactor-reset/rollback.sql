-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter table public.counters
ALTER TABLE public.counters SET (fillfactor='70');

COMMIT;
