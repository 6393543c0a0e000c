-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint readings_celsius_physical on public.readings
ALTER TABLE public.readings DROP CONSTRAINT readings_celsius_physical;

COMMIT;
