-- schemac rollback plan: 1 step
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.countries.iso_code (type character varying(10) -> character varying(100))
-- hazards: access-exclusive-lock
ALTER TABLE public.countries ALTER COLUMN iso_code TYPE character varying(100);

COMMIT;
