-- schemac rollback plan: 1 step
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on TABLE public.calendars
-- hazards: backward-incompatible
REVOKE GRANT OPTION FOR SELECT ON TABLE public.calendars FROM app_admin;
GRANT UPDATE ON TABLE public.calendars TO app_writer WITH GRANT OPTION;

COMMIT;
