-- schemac forward plan: 1 step
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on TABLE public.calendars
-- hazards: backward-incompatible
REVOKE GRANT OPTION FOR UPDATE ON TABLE public.calendars FROM app_writer;
GRANT SELECT ON TABLE public.calendars TO app_admin WITH GRANT OPTION;

COMMIT;
