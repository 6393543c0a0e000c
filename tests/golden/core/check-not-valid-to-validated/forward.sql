-- schemac forward plan: 1 step
-- hazards: long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- validate constraint readings_celsius_physical on public.readings
-- hazards: long-scan, data-dependent
ALTER TABLE public.readings VALIDATE CONSTRAINT readings_celsius_physical;

COMMIT;
