-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop trigger orders_total_matches on public.orders
DROP TRIGGER orders_total_matches ON public.orders;

-- create trigger orders_total_matches on public.orders
CREATE CONSTRAINT TRIGGER orders_total_matches AFTER INSERT OR UPDATE OF total_cents ON public.orders DEFERRABLE FOR EACH ROW EXECUTE FUNCTION public.check_order_total();

COMMIT;
