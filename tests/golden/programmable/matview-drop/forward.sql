-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop materialized view public.metric_averages
DROP MATERIALIZED VIEW public.metric_averages;

COMMIT;
