-- schemac forward plan: 1 step
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.employees.fax_number
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.employees DROP COLUMN fax_number;

COMMIT;
