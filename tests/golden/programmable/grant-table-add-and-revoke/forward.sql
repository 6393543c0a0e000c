-- schemac forward plan: 1 step
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on TABLE public.classrooms
-- hazards: backward-incompatible
REVOKE REFERENCES ON TABLE public.classrooms FROM app_admin;
REVOKE TRUNCATE ON TABLE public.classrooms FROM app_admin;
REVOKE DELETE ON TABLE public.classrooms FROM app_writer;
GRANT SELECT ON TABLE public.classrooms TO PUBLIC;

COMMIT;
