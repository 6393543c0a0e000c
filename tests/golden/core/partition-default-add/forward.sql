-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.events_other
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;

COMMIT;
