-- schemac rollback plan: 3 steps
-- hazards: deletes-data
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.parcels.label_no (drop default)
ALTER TABLE public.parcels ALTER COLUMN label_no DROP DEFAULT;

-- drop sequence shipping.label_seq
-- hazards: deletes-data
-- note: the sequence's current value is lost
DROP SEQUENCE shipping.label_seq;

-- drop schema shipping
DROP SCHEMA shipping;

COMMIT;
