-- schemac rollback plan: 1 step
SET search_path = public;

BEGIN;

-- alter table public.counters
ALTER TABLE public.counters SET (fillfactor='70');

COMMIT;
