-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on SEQUENCE public.ticket_number_seq
GRANT SELECT ON SEQUENCE public.ticket_number_seq TO app_reader;
GRANT USAGE ON SEQUENCE public.ticket_number_seq TO app_writer;

-- privileges on SEQUENCE public.tickets_id_seq
GRANT USAGE ON SEQUENCE public.tickets_id_seq TO app_writer;

COMMIT;
