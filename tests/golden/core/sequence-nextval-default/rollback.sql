-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.parcels.label_no (drop default)
ALTER TABLE public.parcels ALTER COLUMN label_no DROP DEFAULT;

-- drop sequence shipping.label_seq
DROP SEQUENCE shipping.label_seq;

-- drop schema shipping
DROP SCHEMA shipping;

COMMIT;
