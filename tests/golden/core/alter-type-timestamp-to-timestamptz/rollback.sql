-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.orders.placed_at (type timestamp with time zone -> timestamp without time zone)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.orders ALTER COLUMN placed_at DROP DEFAULT;
ALTER TABLE public.orders ALTER COLUMN placed_at TYPE timestamp without time zone;
ALTER TABLE public.orders ALTER COLUMN placed_at SET DEFAULT now();

-- alter column public.orders.shipped_at (type timestamp with time zone -> timestamp without time zone)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.orders ALTER COLUMN shipped_at TYPE timestamp without time zone;

COMMIT;
