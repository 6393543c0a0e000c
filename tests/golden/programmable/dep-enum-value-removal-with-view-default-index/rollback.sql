-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add value 'escalated' to type public.ticket_state
ALTER TYPE public.ticket_state ADD VALUE 'escalated' AFTER 'pending';

COMMIT;
