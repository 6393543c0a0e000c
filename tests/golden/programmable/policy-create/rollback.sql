-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop policy assignments_admin_update on public.assignments
DROP POLICY assignments_admin_update ON public.assignments;

-- drop policy assignments_not_archived on public.assignments
DROP POLICY assignments_not_archived ON public.assignments;

-- drop policy assignments_published_read on public.assignments
DROP POLICY assignments_published_read ON public.assignments;

COMMIT;
