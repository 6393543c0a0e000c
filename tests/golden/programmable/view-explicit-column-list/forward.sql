-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create view public.calendar_progress
CREATE VIEW public.calendar_progress (calendar_id, days_opened, last_opened_at) AS
SELECT calendar_days.calendar_id, count(calendar_days.opened_at) AS days_opened, max(calendar_days.opened_at) AS last_opened_at FROM calendar_days GROUP BY calendar_days.calendar_id;

COMMIT;
