-- schemac rollback plan: 17 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create schema shop
CREATE SCHEMA shop;

-- create extension citext
CREATE EXTENSION citext WITH SCHEMA public;

-- create type shop.order_state
CREATE TYPE shop.order_state AS ENUM ('cart', 'placed', 'paid');

-- create sequence shop.invoice_no_seq
-- note: the forward migration deleted this sequence's data; recreating it does not bring the data back
CREATE SEQUENCE shop.invoice_no_seq START WITH 1000;

-- create sequence shop.customers_id_seq
CREATE SEQUENCE shop.customers_id_seq;

-- create table shop.customers
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE shop.customers (
    id bigint DEFAULT nextval('shop.customers_id_seq'::regclass) NOT NULL,
    email citext NOT NULL,
    CONSTRAINT customers_email_key UNIQUE (email),
    CONSTRAINT customers_pkey PRIMARY KEY (id)
);

-- set owner of sequence shop.customers_id_seq to shop.customers.id
ALTER SEQUENCE shop.customers_id_seq OWNED BY shop.customers.id;

-- create table shop.orders
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE shop.orders (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    customer_id bigint NOT NULL,
    state shop.order_state DEFAULT 'cart' NOT NULL,
    invoice_no bigint DEFAULT nextval('shop.invoice_no_seq'::regclass),
    subtotal numeric(12,2) DEFAULT 0 NOT NULL,
    total numeric(12,2) GENERATED ALWAYS AS (subtotal * 1.19) STORED,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);

-- add constraint orders_customer_id_fkey on shop.orders
ALTER TABLE shop.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers (id) ON DELETE CASCADE;

-- create table shop.order_events
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE shop.order_events (
    order_id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    note text
) PARTITION BY RANGE (at);

-- add constraint order_events_order_id_fkey on shop.order_events
ALTER TABLE shop.order_events ADD CONSTRAINT order_events_order_id_fkey FOREIGN KEY (order_id) REFERENCES shop.orders (id);

-- create table shop.order_events_2024
CREATE TABLE shop.order_events_2024 PARTITION OF shop.order_events FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');

-- create table public.audit
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.audit (
    id integer NOT NULL,
    customer_id bigint,
    CONSTRAINT audit_pkey PRIMARY KEY (id)
);

-- add constraint audit_customer_id_fkey on public.audit
ALTER TABLE public.audit ADD CONSTRAINT audit_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers (id);

-- create index shop.orders_state_idx
CREATE INDEX orders_state_idx ON shop.orders (state) WHERE (state <> 'cart');

-- comment on schema shop
COMMENT ON SCHEMA shop IS 'the shop';

-- comment on table shop.orders
COMMENT ON TABLE shop.orders IS 'orders';

COMMIT;
