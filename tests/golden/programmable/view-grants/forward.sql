-- schemac forward plan: 1 step
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on TABLE public.nps_public
-- hazards: backward-incompatible
REVOKE SELECT ON TABLE public.nps_public FROM app_writer;
GRANT INSERT ON TABLE public.nps_public TO app_admin;
GRANT SELECT ON TABLE public.nps_public TO app_admin;
GRANT UPDATE ON TABLE public.nps_public TO app_admin;
GRANT SELECT ON TABLE public.nps_public TO app_reader;

COMMIT;
