-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- set owner of sequence public.order_number_seq to NONE
ALTER SEQUENCE public.order_number_seq OWNED BY NONE;

COMMIT;
