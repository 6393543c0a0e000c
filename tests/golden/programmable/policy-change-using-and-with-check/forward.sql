-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter policy calendars_owner on public.calendars
ALTER POLICY calendars_owner ON public.calendars TO app_writer USING (owner_id = current_setting('app.user_id', true)::uuid AND NOT archived) WITH CHECK (owner_id = current_setting('app.user_id', true)::uuid);

COMMIT;
