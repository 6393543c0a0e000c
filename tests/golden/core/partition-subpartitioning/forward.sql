-- schemac forward plan: 8 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.sales
CREATE TABLE public.sales (
    id bigint NOT NULL,
    sold_on date NOT NULL,
    region text NOT NULL,
    amount numeric(12,2) NOT NULL,
    CONSTRAINT sales_pkey PRIMARY KEY (id, sold_on, region)
) PARTITION BY RANGE (sold_on);

-- create table public.sales_2024
CREATE TABLE public.sales_2024 PARTITION OF public.sales FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (region);

-- create table public.sales_2024_eu
CREATE TABLE public.sales_2024_eu PARTITION OF public.sales_2024 FOR VALUES IN ('eu');

-- create table public.sales_2024_us
CREATE TABLE public.sales_2024_us PARTITION OF public.sales_2024 FOR VALUES IN ('us');

-- create table public.sales_2024_other
CREATE TABLE public.sales_2024_other PARTITION OF public.sales_2024 DEFAULT;

-- create table public.sales_2025
CREATE TABLE public.sales_2025 PARTITION OF public.sales FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY HASH (id);

-- create table public.sales_2025_h0
CREATE TABLE public.sales_2025_h0 PARTITION OF public.sales_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 0);

-- create table public.sales_2025_h1
CREATE TABLE public.sales_2025_h1 PARTITION OF public.sales_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 1);

COMMIT;
