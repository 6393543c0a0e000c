-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter type public.postal_address
ALTER TYPE public.postal_address ADD ATTRIBUTE country_code character(2) CASCADE;

COMMIT;
