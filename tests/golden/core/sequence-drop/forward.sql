-- schemac forward plan: 1 step
-- hazards: deletes-data
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop sequence public.legacy_id_seq
-- hazards: deletes-data
-- note: the sequence's current value is lost
DROP SEQUENCE public.legacy_id_seq;

COMMIT;
