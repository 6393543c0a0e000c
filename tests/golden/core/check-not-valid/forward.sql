-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint readings_celsius_physical on public.readings
ALTER TABLE public.readings ADD CONSTRAINT readings_celsius_physical CHECK (celsius >= -273.15) NOT VALID;

COMMIT;
