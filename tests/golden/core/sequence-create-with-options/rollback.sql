-- schemac rollback plan: 4 steps
-- hazards: deletes-data
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop sequence public.plain_seq
-- hazards: deletes-data
-- note: the sequence's current value is lost
DROP SEQUENCE public.plain_seq;

-- drop sequence public.countdown_seq
-- hazards: deletes-data
-- note: the sequence's current value is lost
DROP SEQUENCE public.countdown_seq;

-- drop sequence billing.invoice_number_seq
-- hazards: deletes-data
-- note: the sequence's current value is lost
DROP SEQUENCE billing.invoice_number_seq;

-- drop schema billing
DROP SCHEMA billing;

COMMIT;
