-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create policy assignments_published_read on public.assignments
CREATE POLICY assignments_published_read ON public.assignments AS PERMISSIVE FOR SELECT TO app_reader USING (published);

-- create policy assignments_not_archived on public.assignments
CREATE POLICY assignments_not_archived ON public.assignments AS RESTRICTIVE FOR ALL TO app_reader, app_writer USING (classroom_id > 0);

-- create policy assignments_admin_update on public.assignments
CREATE POLICY assignments_admin_update ON public.assignments AS PERMISSIVE FOR UPDATE TO app_admin USING (true) WITH CHECK (classroom_id > 0);

COMMIT;
