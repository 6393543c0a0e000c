-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop materialized view analytics.calendar_open_counts
DROP MATERIALIZED VIEW analytics.calendar_open_counts;

COMMIT;
