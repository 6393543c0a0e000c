-- schemac forward plan: 3 steps
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add column public.products.in_stock
-- hazards: access-exclusive-lock
ALTER TABLE public.products ADD COLUMN in_stock boolean DEFAULT true NOT NULL;

-- add column public.products.quantity
-- hazards: access-exclusive-lock
ALTER TABLE public.products ADD COLUMN quantity integer DEFAULT 0 NOT NULL;

-- add column public.products.currency
-- hazards: access-exclusive-lock
ALTER TABLE public.products ADD COLUMN currency character(3) DEFAULT 'EUR' NOT NULL;

COMMIT;
