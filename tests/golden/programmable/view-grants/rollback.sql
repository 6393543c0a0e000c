-- schemac rollback plan: 1 step
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on TABLE public.nps_public
-- hazards: backward-incompatible
REVOKE INSERT ON TABLE public.nps_public FROM app_admin;
REVOKE SELECT ON TABLE public.nps_public FROM app_admin;
REVOKE UPDATE ON TABLE public.nps_public FROM app_admin;
REVOKE SELECT ON TABLE public.nps_public FROM app_reader;
GRANT SELECT ON TABLE public.nps_public TO app_writer;

COMMIT;
