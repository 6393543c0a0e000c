CREATE SCHEMA calendar;

CREATE FUNCTION calendar.is_advent(d date) RETURNS boolean
    LANGUAGE sql
    IMMUTABLE
    RETURN extract(month FROM d) = 12 AND extract(day FROM d) <= 24;

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
