-- schemac rollback plan: 4 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint products_sku_key on public.products
ALTER TABLE public.products DROP CONSTRAINT products_sku_key;

-- drop constraint products_price_check on public.products
ALTER TABLE public.products DROP CONSTRAINT products_price_check;

-- alter column public.products.price (type numeric(10,2) -> text, drop not null)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.products ALTER COLUMN price DROP DEFAULT;
ALTER TABLE public.products ALTER COLUMN price TYPE text;
ALTER TABLE public.products ALTER COLUMN price SET DEFAULT '0';
ALTER TABLE public.products ALTER COLUMN price DROP NOT NULL;

-- alter column public.products.sku (type character varying(32) -> character varying(10), drop not null)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.products ALTER COLUMN sku TYPE character varying(10);
ALTER TABLE public.products ALTER COLUMN sku DROP NOT NULL;

COMMIT;
