-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.tickets_billing
CREATE TABLE public.tickets_billing PARTITION OF public.tickets FOR VALUES IN ('billing', 'refunds');

COMMIT;
