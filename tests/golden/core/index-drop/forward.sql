-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.logs_message_uidx
DROP INDEX public.logs_message_uidx;

-- drop index public.logs_logged_at_idx
DROP INDEX public.logs_logged_at_idx;

-- drop index public.logs_level_idx
DROP INDEX public.logs_level_idx;

COMMIT;
