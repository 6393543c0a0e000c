-- case: a function whose signature changes (new parameter with a default) is called, with unchanged text, by a column default and by a trigger WHEN clause; both pin the old function, so the trigger and the default are dropped, the function replaced by the new signature, then the default restored and the trigger recreated against it; rows are kept.
CREATE SCHEMA calendar;

CREATE FUNCTION calendar.is_advent(d date, last_day integer DEFAULT 24) RETURNS boolean
    LANGUAGE sql
    IMMUTABLE
    RETURN extract(month FROM d) = 12 AND extract(day FROM d) <= last_day;

CREATE TABLE calendar.day_opens (
    id bigint PRIMARY KEY,
    opened_on date NOT NULL DEFAULT current_date,
    in_season boolean NOT NULL DEFAULT calendar.is_advent(current_date),
    late boolean NOT NULL DEFAULT false
);

CREATE FUNCTION calendar.mark_late_open() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = ''
AS $$
BEGIN
    NEW.late := true;
    RETURN NEW;
END;
$$;

CREATE TRIGGER day_opens_mark_late
    BEFORE INSERT ON calendar.day_opens
    FOR EACH ROW
    WHEN (NOT calendar.is_advent(NEW.opened_on))
    EXECUTE FUNCTION calendar.mark_late_open();
