-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.orders_2022
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.orders_2022 PARTITION OF public.orders FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

COMMIT;
