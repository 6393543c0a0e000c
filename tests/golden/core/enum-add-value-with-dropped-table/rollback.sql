-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rebuild type public.order_status (labels removed or reordered)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
-- note: fails if rows hold values the new type cannot read
ALTER TYPE public.order_status RENAME TO order_status_schemac_old;
CREATE TYPE public.order_status AS ENUM ('pending', 'paid', 'shipped');
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;
DROP TYPE public.order_status_schemac_old;

-- create table public.legacy_orders
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.legacy_orders (
    id bigint NOT NULL,
    status public.order_status NOT NULL,
    CONSTRAINT legacy_orders_pkey PRIMARY KEY (id)
);

COMMIT;
