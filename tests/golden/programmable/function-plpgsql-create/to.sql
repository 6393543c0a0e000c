-- case: a PL/pgSQL function in a non-public schema with DECLARE, IF/RAISE and a qualified table reference is created with one CREATE FUNCTION.
CREATE SCHEMA calendar;

CREATE TABLE calendar.advent_calendars (
    id bigint PRIMARY KEY,
    starts_on date NOT NULL,
    days smallint NOT NULL DEFAULT 24
);

CREATE FUNCTION calendar.unlocked_day(p_calendar_id bigint, p_today date)
    RETURNS integer
    LANGUAGE plpgsql
    STABLE
AS $$
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
$$;
