-- schemac forward plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.countries.iso_code (type character varying(100) -> character varying(10))
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.countries ALTER COLUMN iso_code TYPE character varying(10);

COMMIT;
