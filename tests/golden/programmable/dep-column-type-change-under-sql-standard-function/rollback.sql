-- schemac rollback plan: 3 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.revenue_cents()
DROP FUNCTION public.revenue_cents();

-- alter column public.orders.amount_cents (type bigint -> integer)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.orders ALTER COLUMN amount_cents TYPE integer;

-- create function public.revenue_cents()
CREATE FUNCTION public.revenue_cents()
  RETURNS bigint
  LANGUAGE sql
  STABLE
BEGIN ATOMIC
  SELECT COALESCE(sum(orders.amount_cents), 0) FROM orders;
END;

COMMIT;
