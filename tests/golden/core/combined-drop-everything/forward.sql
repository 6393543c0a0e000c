-- schemac forward plan: 11 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint audit_customer_id_fkey on public.audit
ALTER TABLE public.audit DROP CONSTRAINT audit_customer_id_fkey;

-- drop table public.audit
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.audit;

-- drop constraint order_events_order_id_fkey on shop.order_events
ALTER TABLE shop.order_events DROP CONSTRAINT order_events_order_id_fkey;

-- drop table shop.order_events
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE shop.order_events;

-- drop constraint orders_customer_id_fkey on shop.orders
ALTER TABLE shop.orders DROP CONSTRAINT orders_customer_id_fkey;

-- drop table shop.orders
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE shop.orders;

-- drop table shop.customers
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE shop.customers;

-- drop sequence shop.invoice_no_seq
-- hazards: deletes-data
-- note: the sequence's current value is lost
DROP SEQUENCE shop.invoice_no_seq;

-- drop type shop.order_state
DROP TYPE shop.order_state;

-- drop extension citext
DROP EXTENSION citext;

-- drop schema shop
DROP SCHEMA shop;

COMMIT;
