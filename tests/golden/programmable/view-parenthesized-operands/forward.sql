-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create view public.day_state
CREATE VIEW public.day_state (id, unlocked, unknown_open, incomplete, in_range) AS
SELECT days.id, days.unlock_date <= (now() AT TIME ZONE COALESCE(days.time_zone, 'UTC'))::date AS unlocked, (days.opened IS NULL)::int AS unknown_open, (days.opened AND days.seen) IS NULL AS incomplete, days.id BETWEEN 1 AND CASE WHEN days.opened AND days.seen THEN 24 ELSE 25 END AS in_range FROM days;

COMMIT;
