-- schemac rollback plan: 2 steps
-- hazards: long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint postal_code_format on domain public.postal_code
ALTER DOMAIN public.postal_code DROP CONSTRAINT postal_code_format;

-- add constraint postal_code_check on domain public.postal_code
-- hazards: long-scan, data-dependent
ALTER DOMAIN public.postal_code ADD CONSTRAINT postal_code_check CHECK (value ~ '^[0-9A-Z -]{3,10}$');

COMMIT;
