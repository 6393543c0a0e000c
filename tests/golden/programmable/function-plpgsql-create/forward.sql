-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function calendar.unlocked_day(bigint, date)
CREATE FUNCTION calendar.unlocked_day(p_calendar_id bigint, p_today date)
  RETURNS integer
  LANGUAGE plpgsql
  STABLE
AS $function$
DECLARE
    v_start date;
    v_days  smallint;
BEGIN
    SELECT starts_on, days INTO v_start, v_days
    FROM calendar.advent_calendars
    WHERE id = p_calendar_id;

    IF NOT FOUND THEN
        RAISE EXCEPTION 'calendar % not found', p_calendar_id USING ERRCODE = 'no_data_found';
    END IF;

    IF p_today < v_start THEN
        RETURN 0;
    END IF;
    RETURN least(p_today - v_start + 1, v_days);
END;
$function$;

COMMIT;
