-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add value 'draft' to type public.order_status
ALTER TYPE public.order_status ADD VALUE 'draft' BEFORE 'pending';

COMMIT;

BEGIN;

-- alter column public.orders.status (default)
ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'draft';

COMMIT;
