-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter options of view public.active_enrollments
ALTER VIEW public.active_enrollments SET (check_option='local');

COMMIT;
