-- schemac forward plan: 8 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create type public.order_state
CREATE TYPE public.order_state AS ENUM ('cart', 'placed', 'paid', 'cancelled');

-- create table public.customers
CREATE TABLE public.customers (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    email text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT customers_email_key UNIQUE (email),
    CONSTRAINT customers_pkey PRIMARY KEY (id)
);

-- create table public.orders
CREATE TABLE public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    customer_id bigint NOT NULL,
    state public.order_state DEFAULT 'cart' NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    placed_at timestamp with time zone,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_total_check CHECK (total >= 0)
);

-- add constraint orders_customer_id_fkey on public.orders
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE;

-- create index public.orders_customer_idx
CREATE INDEX orders_customer_idx ON public.orders (customer_id);

-- create index public.orders_open_idx
CREATE INDEX orders_open_idx ON public.orders (placed_at DESC) WHERE (state IN ('placed', 'paid'));

-- comment on type public.order_state
COMMENT ON TYPE public.order_state IS 'Lifecycle of an order';

-- comment on table public.orders
COMMENT ON TABLE public.orders IS 'Customer orders';

COMMIT;
