-- schemac forward plan: 1 step
SET search_path = public;

BEGIN;

-- drop sequence public.legacy_id_seq
DROP SEQUENCE public.legacy_id_seq;

COMMIT;
