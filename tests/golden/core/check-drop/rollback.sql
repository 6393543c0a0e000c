-- schemac rollback plan: 2 steps
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint products_price_check on public.products
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK (price > 0);

-- add constraint products_stock_nonnegative on public.products
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.products ADD CONSTRAINT products_stock_nonnegative CHECK (stock >= 0);

COMMIT;
