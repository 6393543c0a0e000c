-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create sequence public.legacy_id_seq
-- note: the forward migration deleted this sequence's data; recreating it does not bring the data back
CREATE SEQUENCE public.legacy_id_seq INCREMENT BY 10 START WITH 500;

-- comment on sequence public.legacy_id_seq
COMMENT ON SEQUENCE public.legacy_id_seq IS 'no longer used';

COMMIT;
