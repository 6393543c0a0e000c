-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop materialized view public.daily_event_counts
DROP MATERIALIZED VIEW public.daily_event_counts;

COMMIT;
