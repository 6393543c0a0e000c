-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function public.is_revealed(public.surprises)
CREATE OR REPLACE FUNCTION public.is_revealed(s public.surprises)
  RETURNS boolean
  LANGUAGE sql
  STABLE
RETURN (s).revealed_at IS NOT NULL AND (s).revealed_at <= now();

-- create function public.reveal_day(bigint, smallint)
CREATE FUNCTION public.reveal_day(p_calendar_id bigint, p_day smallint)
  RETURNS bigint
  LANGUAGE sql
BEGIN ATOMIC
  UPDATE surprises SET revealed_at = now() WHERE surprises.calendar_id = reveal_day.p_calendar_id AND surprises.day_number = reveal_day.p_day AND surprises.revealed_at IS NULL;
  SELECT count(*) FROM surprises WHERE surprises.calendar_id = reveal_day.p_calendar_id AND surprises.revealed_at IS NOT NULL;
END;

COMMIT;
