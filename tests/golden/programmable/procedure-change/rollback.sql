-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop procedure analytics.reset_metrics(date)
DROP PROCEDURE analytics.reset_metrics(date);

-- replace procedure analytics.rollup_day(date)
CREATE OR REPLACE PROCEDURE analytics.rollup_day(p_day date)
  LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO analytics.daily_metrics (day, opens)
    SELECT p_day, count(*) FROM analytics.day_opens WHERE opened_at::date = p_day;
END;
$function$;

-- create procedure analytics.reset_metrics()
CREATE PROCEDURE analytics.reset_metrics()
  LANGUAGE sql
AS $function$ DELETE FROM analytics.daily_metrics $function$;

COMMIT;
