-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add value 'delivered' to type public.order_status
ALTER TYPE public.order_status ADD VALUE 'delivered';

-- add value 'returned' to type public.order_status
ALTER TYPE public.order_status ADD VALUE 'returned';

COMMIT;
