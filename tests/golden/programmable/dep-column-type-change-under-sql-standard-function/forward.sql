-- schemac forward plan: 3 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.revenue_cents()
DROP FUNCTION public.revenue_cents();

-- alter column public.orders.amount_cents (type integer -> bigint)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.orders ALTER COLUMN amount_cents TYPE bigint;

-- create function public.revenue_cents()
CREATE FUNCTION public.revenue_cents()
  RETURNS bigint
  LANGUAGE sql
  STABLE
BEGIN ATOMIC
  SELECT COALESCE(sum(orders.amount_cents), 0) FROM orders;
END;

COMMIT;
