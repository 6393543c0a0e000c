-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create schema shipping
CREATE SCHEMA shipping;

-- create sequence shipping.label_seq
CREATE SEQUENCE shipping.label_seq AS integer START WITH 5000;

-- alter column public.parcels.label_no (default)
ALTER TABLE public.parcels ALTER COLUMN label_no SET DEFAULT nextval('shipping.label_seq'::regclass);

COMMIT;
