-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter sequence public.batch_seq
ALTER SEQUENCE public.batch_seq AS integer MINVALUE 1 MAXVALUE 2147483647;

-- alter sequence public.ticket_seq
ALTER SEQUENCE public.ticket_seq INCREMENT BY 1 MAXVALUE 99999 START WITH 1 CACHE 1 NO CYCLE;

COMMIT;
