-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter table public.counters
ALTER TABLE public.counters SET (autovacuum_vacuum_scale_factor='0.05', fillfactor='70');

COMMIT;
