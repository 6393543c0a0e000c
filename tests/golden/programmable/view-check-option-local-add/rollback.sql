-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter options of view public.active_enrollments
ALTER VIEW public.active_enrollments RESET (check_option);

COMMIT;
