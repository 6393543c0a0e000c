-- schemac rollback plan: 6 steps
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint orders_referrer_id_fkey on public.orders
ALTER TABLE public.orders DROP CONSTRAINT orders_referrer_id_fkey;

-- drop constraint orders_customer_id_fkey on public.orders
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_id_fkey;

-- drop constraint orders_agent_fk on public.orders
ALTER TABLE public.orders DROP CONSTRAINT orders_agent_fk;

-- add constraint orders_agent_fk on public.orders
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.orders ADD CONSTRAINT orders_agent_fk FOREIGN KEY (agent_id) REFERENCES public.customers (id) ON DELETE SET NULL;

-- add constraint orders_customer_id_fkey on public.orders
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE;

-- add constraint orders_referrer_id_fkey on public.orders
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.orders ADD CONSTRAINT orders_referrer_id_fkey FOREIGN KEY (referrer_id) REFERENCES public.customers (id) ON DELETE RESTRICT;

COMMIT;
