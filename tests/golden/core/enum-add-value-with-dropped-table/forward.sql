-- schemac forward plan: 2 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add value 'on_hold' to type public.order_status
ALTER TYPE public.order_status ADD VALUE 'on_hold' AFTER 'paid';

COMMIT;

BEGIN;

-- drop table public.legacy_orders
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.legacy_orders;

COMMIT;
