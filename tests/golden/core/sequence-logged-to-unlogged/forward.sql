-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter sequence public.batch_numbers
ALTER SEQUENCE public.batch_numbers SET LOGGED;

-- alter sequence public.ticket_numbers
ALTER SEQUENCE public.ticket_numbers SET UNLOGGED;

COMMIT;
