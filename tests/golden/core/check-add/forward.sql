-- schemac forward plan: 3 steps
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint products_check on public.products
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.products ADD CONSTRAINT products_check CHECK (discount_price IS NULL OR discount_price < price);

-- add constraint products_price_check on public.products
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK (price > 0);

-- add constraint products_stock_nonnegative on public.products
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.products ADD CONSTRAINT products_stock_nonnegative CHECK (stock >= 0);

COMMIT;
