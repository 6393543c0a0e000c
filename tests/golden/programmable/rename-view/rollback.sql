-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename view public.published_assignments to view public.live_assignments
ALTER VIEW public.published_assignments RENAME TO live_assignments;

-- replace view public.live_assignment_titles
CREATE OR REPLACE VIEW public.live_assignment_titles (title) AS
SELECT live_assignments.title FROM live_assignments;

COMMIT;
