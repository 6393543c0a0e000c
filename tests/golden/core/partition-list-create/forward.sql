-- schemac forward plan: 5 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.customers
CREATE TABLE public.customers (
    id bigint NOT NULL,
    country character(2),
    name text NOT NULL
) PARTITION BY LIST (country);

-- create table public.customers_dach
CREATE TABLE public.customers_dach PARTITION OF public.customers FOR VALUES IN ('DE', 'AT', 'CH');

-- create table public.customers_us
CREATE TABLE public.customers_us PARTITION OF public.customers FOR VALUES IN ('US');

-- create table public.customers_unknown
CREATE TABLE public.customers_unknown PARTITION OF public.customers FOR VALUES IN (NULL);

-- create table public.customers_rest
CREATE TABLE public.customers_rest PARTITION OF public.customers DEFAULT;

COMMIT;
