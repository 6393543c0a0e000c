-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop domain public.percentage
DROP DOMAIN public.percentage;

-- drop domain users.email_address
DROP DOMAIN users.email_address;

COMMIT;
