-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename type public.status to type public.assignment_status
ALTER TYPE public.status RENAME TO assignment_status;

COMMIT;
