-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create schema billing
CREATE SCHEMA billing;

-- create sequence billing.invoice_number_seq
CREATE SEQUENCE billing.invoice_number_seq AS integer INCREMENT BY 5 MINVALUE 100 MAXVALUE 1000000 CACHE 10 CYCLE;

-- create sequence public.countdown_seq
CREATE SEQUENCE public.countdown_seq AS smallint INCREMENT BY -1 MINVALUE -100 MAXVALUE 10;

-- create sequence public.plain_seq
CREATE SEQUENCE public.plain_seq;

COMMIT;
