-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter policy classrooms_read on public.classrooms
ALTER POLICY classrooms_read ON public.classrooms TO app_reader, app_writer USING (true);

-- alter policy classrooms_school on public.classrooms
ALTER POLICY classrooms_school ON public.classrooms TO app_admin USING (school_id = current_setting('app.school_id', true)::int);

COMMIT;
