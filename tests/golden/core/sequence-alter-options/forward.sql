-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter sequence public.batch_seq
ALTER SEQUENCE public.batch_seq AS bigint MINVALUE 1 MAXVALUE 9223372036854775807;

-- alter sequence public.ticket_seq
ALTER SEQUENCE public.ticket_seq INCREMENT BY 2 MAXVALUE 500000 START WITH 10 CACHE 5 CYCLE;

COMMIT;
