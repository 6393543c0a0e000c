-- schemac rollback plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.products.currency
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.products DROP COLUMN currency;

-- drop column public.products.quantity
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.products DROP COLUMN quantity;

-- drop column public.products.in_stock
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.products DROP COLUMN in_stock;

COMMIT;
