-- schemac rollback plan: 4 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint orders_customer_id_fkey on public.orders
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_id_fkey;

-- drop table public.orders
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.orders;

-- drop table public.customers
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.customers;

-- drop type public.order_state
DROP TYPE public.order_state;

COMMIT;
