-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function calendar.unlocked_day(bigint, date)
DROP FUNCTION calendar.unlocked_day(bigint, date);

COMMIT;
