-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop policy calendars_owner on public.calendars
DROP POLICY calendars_owner ON public.calendars;

-- create policy calendars_owner on public.calendars
CREATE POLICY calendars_owner ON public.calendars AS PERMISSIVE FOR UPDATE TO app_writer USING (owner_id = current_setting('app.user_id', true)::uuid);

COMMIT;
