-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace view public.open_assignments
CREATE OR REPLACE VIEW public.open_assignments (id, title, due_at) AS
SELECT assignments.id, assignments.title, assignments.due_at FROM assignments WHERE assignments.published;

COMMIT;
