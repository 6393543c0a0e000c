-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.measurements.labels (type text[] -> character varying(20)[])
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.measurements ALTER COLUMN labels TYPE character varying(20)[];

-- alter column public.measurements.readings (type bigint[] -> integer[])
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.measurements ALTER COLUMN readings DROP DEFAULT;
ALTER TABLE public.measurements ALTER COLUMN readings TYPE integer[];
ALTER TABLE public.measurements ALTER COLUMN readings SET DEFAULT '{}';

COMMIT;
