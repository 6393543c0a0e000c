-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace view public.open_assignments
CREATE OR REPLACE VIEW public.open_assignments (id, title, due_at) AS
SELECT assignments.id, assignments.title, assignments.due_at FROM assignments WHERE assignments.published AND (assignments.due_at IS NULL OR assignments.due_at > '2024-06-01 00:00:00+00');

COMMIT;
