-- schemac forward plan: 1 step
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop table public.orders_2022
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.orders_2022;

COMMIT;
