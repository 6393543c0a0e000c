-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add value 'deprecated' to type public.doc_status
ALTER TYPE public.doc_status ADD VALUE 'deprecated' AFTER 'active';

COMMIT;
