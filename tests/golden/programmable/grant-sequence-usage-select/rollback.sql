-- schemac rollback plan: 2 steps
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on SEQUENCE public.ticket_number_seq
-- hazards: backward-incompatible
REVOKE SELECT ON SEQUENCE public.ticket_number_seq FROM app_reader;
REVOKE USAGE ON SEQUENCE public.ticket_number_seq FROM app_writer;

-- privileges on SEQUENCE public.tickets_id_seq
-- hazards: backward-incompatible
REVOKE USAGE ON SEQUENCE public.tickets_id_seq FROM app_writer;

COMMIT;
