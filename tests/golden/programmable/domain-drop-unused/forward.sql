-- schemac forward plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.classrooms.code (type public.legacy_code -> character varying(8))
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.classrooms ALTER COLUMN code TYPE character varying(8);

-- drop domain public.legacy_code
DROP DOMAIN public.legacy_code;

COMMIT;
