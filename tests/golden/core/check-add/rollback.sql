-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint products_stock_nonnegative on public.products
ALTER TABLE public.products DROP CONSTRAINT products_stock_nonnegative;

-- drop constraint products_price_check on public.products
ALTER TABLE public.products DROP CONSTRAINT products_price_check;

-- drop constraint products_check on public.products
ALTER TABLE public.products DROP CONSTRAINT products_check;

COMMIT;
