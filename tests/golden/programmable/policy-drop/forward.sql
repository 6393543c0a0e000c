-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop policy telemetry_read on public.telemetry
DROP POLICY telemetry_read ON public.telemetry;

COMMIT;
