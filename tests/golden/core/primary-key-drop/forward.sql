-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint raw_events_pkey on public.raw_events
ALTER TABLE public.raw_events DROP CONSTRAINT raw_events_pkey;

COMMIT;
