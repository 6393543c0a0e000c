-- schemac forward plan: 6 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop default of column calendar.day_opens.in_season (it uses an object being rebuilt)
ALTER TABLE calendar.day_opens ALTER COLUMN in_season DROP DEFAULT;

-- drop trigger day_opens_mark_late on calendar.day_opens
DROP TRIGGER day_opens_mark_late ON calendar.day_opens;

-- drop function calendar.is_advent(date)
DROP FUNCTION calendar.is_advent(date);

-- create function calendar.is_advent(date, integer)
CREATE FUNCTION calendar.is_advent(d date, last_day integer DEFAULT 24)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
RETURN extract ('month' FROM d) = 12 AND extract ('day' FROM d) <= last_day;

-- create trigger day_opens_mark_late on calendar.day_opens
CREATE TRIGGER day_opens_mark_late BEFORE INSERT ON calendar.day_opens FOR EACH ROW WHEN (NOT calendar.is_advent(new.opened_on)) EXECUTE FUNCTION calendar.mark_late_open();

-- set default of column calendar.day_opens.in_season
ALTER TABLE calendar.day_opens ALTER COLUMN in_season SET DEFAULT calendar.is_advent(current_date);

COMMIT;
