-- schemac forward plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.measurements.labels (type character varying(20)[] -> text[])
-- hazards: access-exclusive-lock
ALTER TABLE public.measurements ALTER COLUMN labels TYPE text[];

-- alter column public.measurements.readings (type integer[] -> bigint[])
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.measurements ALTER COLUMN readings DROP DEFAULT;
ALTER TABLE public.measurements ALTER COLUMN readings TYPE bigint[];
ALTER TABLE public.measurements ALTER COLUMN readings SET DEFAULT '{}';

COMMIT;
