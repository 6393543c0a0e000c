-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename domain constraint postal_code_format on public.postal_code to domain constraint postal_code_check on public.postal_code
ALTER DOMAIN public.postal_code RENAME CONSTRAINT postal_code_format TO postal_code_check;

COMMIT;
