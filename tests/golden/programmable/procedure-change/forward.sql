-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop procedure analytics.reset_metrics()
DROP PROCEDURE analytics.reset_metrics();

-- replace procedure analytics.rollup_day(date)
CREATE OR REPLACE PROCEDURE analytics.rollup_day(p_day date)
  LANGUAGE plpgsql
  SET search_path TO ''
AS $function$
BEGIN
    INSERT INTO analytics.daily_metrics (day, opens)
    SELECT p_day, count(*) FROM analytics.day_opens WHERE (opened_at AT TIME ZONE 'UTC')::date = p_day
    ON CONFLICT (day) DO UPDATE SET opens = excluded.opens;
END;
$function$;

-- create procedure analytics.reset_metrics(date)
CREATE PROCEDURE analytics.reset_metrics(p_before date)
  LANGUAGE sql
AS $function$ DELETE FROM analytics.daily_metrics WHERE day < p_before $function$;

COMMIT;
