-- schemac rollback plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rebuild type public.order_status (labels removed or reordered)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
-- note: fails if rows hold values the new type cannot read
ALTER TYPE public.order_status RENAME TO order_status_schemac_old;
CREATE TYPE public.order_status AS ENUM ('pending', 'paid', 'shipped');
ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;
ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'pending';
DROP TYPE public.order_status_schemac_old;

COMMIT;
