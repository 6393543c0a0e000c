-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add value 'stale' to type public.ticket_state
ALTER TYPE public.ticket_state ADD VALUE 'stale' AFTER 'open';

COMMIT;
