-- schemac forward plan: 4 steps
-- hazards: rewrites-table, access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.products.price (type text -> numeric(10,2), set not null)
-- hazards: rewrites-table, access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.products ALTER COLUMN price DROP DEFAULT;
ALTER TABLE public.products ALTER COLUMN price TYPE numeric(10,2) USING price::numeric(10,2);
ALTER TABLE public.products ALTER COLUMN price SET DEFAULT 0.00;
ALTER TABLE public.products ALTER COLUMN price SET NOT NULL;

-- alter column public.products.sku (type character varying(10) -> character varying(32), set not null)
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.products ALTER COLUMN sku TYPE character varying(32);
ALTER TABLE public.products ALTER COLUMN sku SET NOT NULL;

-- add constraint products_price_check on public.products
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK (price >= 0);

-- add constraint products_sku_key on public.products
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.products ADD CONSTRAINT products_sku_key UNIQUE (sku);

COMMIT;
