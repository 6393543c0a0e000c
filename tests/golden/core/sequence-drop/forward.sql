-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop sequence public.legacy_id_seq
DROP SEQUENCE public.legacy_id_seq;

COMMIT;
