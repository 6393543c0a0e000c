-- schemac rollback plan: 1 step
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add column public.employees.fax_number
-- hazards: access-exclusive-lock
-- note: the forward migration deleted this column's data; recreating it does not bring the data back
ALTER TABLE public.employees ADD COLUMN fax_number character varying(30);

COMMIT;
