-- schemac forward plan: 1 step
SET search_path = public;

BEGIN;

-- alter table public.counters
ALTER TABLE public.counters RESET (fillfactor);

COMMIT;
