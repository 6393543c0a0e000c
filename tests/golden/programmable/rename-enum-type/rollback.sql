-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename type public.assignment_status to type public.status
ALTER TYPE public.assignment_status RENAME TO status;

COMMIT;
