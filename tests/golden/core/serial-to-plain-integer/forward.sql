-- schemac forward plan: 2 steps
-- hazards: deletes-data
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.legacy_orders.id (drop default)
ALTER TABLE public.legacy_orders ALTER COLUMN id DROP DEFAULT;

-- drop sequence public.legacy_orders_id_seq
-- hazards: deletes-data
-- note: the sequence's current value is lost
DROP SEQUENCE public.legacy_orders_id_seq;

COMMIT;
