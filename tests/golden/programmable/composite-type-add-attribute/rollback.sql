-- schemac rollback plan: 1 step
-- hazards: deletes-data
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter type public.postal_address
-- hazards: deletes-data
ALTER TYPE public.postal_address DROP ATTRIBUTE country_code CASCADE;

COMMIT;
