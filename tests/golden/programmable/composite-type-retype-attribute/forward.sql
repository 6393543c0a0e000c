-- schemac forward plan: 1 step
-- hazards: data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter type public.reading_stats
-- hazards: data-dependent
ALTER TYPE public.reading_stats ALTER ATTRIBUTE pages TYPE bigint CASCADE;

COMMIT;
