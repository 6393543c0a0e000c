-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename view public.live_assignments to view public.published_assignments
ALTER VIEW public.live_assignments RENAME TO published_assignments;

-- replace view public.live_assignment_titles
CREATE OR REPLACE VIEW public.live_assignment_titles (title) AS
SELECT published_assignments.title FROM published_assignments;

COMMIT;
