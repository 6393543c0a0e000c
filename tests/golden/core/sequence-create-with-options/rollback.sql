-- schemac rollback plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop sequence public.plain_seq
DROP SEQUENCE public.plain_seq;

-- drop sequence public.countdown_seq
DROP SEQUENCE public.countdown_seq;

-- drop sequence billing.invoice_number_seq
DROP SEQUENCE billing.invoice_number_seq;

-- drop schema billing
DROP SCHEMA billing;

COMMIT;
