-- schemac forward plan: 2 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint stock_warehouse_id_fkey on public.stock
ALTER TABLE public.stock DROP CONSTRAINT stock_warehouse_id_fkey;

-- drop table public.warehouses
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.warehouses;

COMMIT;
