-- schemac rollback plan: 2 steps
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.warehouses
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.warehouses (
    id integer NOT NULL,
    city text,
    CONSTRAINT warehouses_pkey PRIMARY KEY (id)
);

-- add constraint stock_warehouse_id_fkey on public.stock
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.stock ADD CONSTRAINT stock_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES public.warehouses (id);

COMMIT;
