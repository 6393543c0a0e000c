-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create policy telemetry_read on public.telemetry
CREATE POLICY telemetry_read ON public.telemetry AS PERMISSIVE FOR SELECT TO app_reader USING (true);

COMMIT;
