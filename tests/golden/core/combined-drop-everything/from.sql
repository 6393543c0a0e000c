CREATE EXTENSION citext;
CREATE SCHEMA shop;
CREATE TYPE shop.order_state AS ENUM ('cart', 'placed', 'paid');
CREATE SEQUENCE shop.invoice_no_seq START 1000;

CREATE TABLE shop.customers (
    id bigserial PRIMARY KEY,
    email citext NOT NULL UNIQUE
);

CREATE TABLE shop.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES shop.customers ON DELETE CASCADE,
    state shop.order_state NOT NULL DEFAULT 'cart',
    invoice_no bigint DEFAULT nextval('shop.invoice_no_seq'),
    subtotal numeric(12, 2) NOT NULL DEFAULT 0,
    total numeric(12, 2) GENERATED ALWAYS AS (subtotal * 1.19) STORED
);
CREATE INDEX orders_state_idx ON shop.orders (state) WHERE state <> 'cart';

CREATE TABLE shop.order_events (
    order_id bigint NOT NULL REFERENCES shop.orders (id),
    at timestamptz NOT NULL,
    note text
) PARTITION BY RANGE (at);
CREATE TABLE shop.order_events_2024 PARTITION OF shop.order_events FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00');

CREATE TABLE public.audit (
    id int PRIMARY KEY,
    customer_id bigint REFERENCES shop.customers (id)
);

COMMENT ON SCHEMA shop IS 'the shop';
COMMENT ON TABLE shop.orders IS 'orders';
