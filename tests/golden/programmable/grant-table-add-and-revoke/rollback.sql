-- schemac rollback plan: 1 step
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on TABLE public.classrooms
-- hazards: backward-incompatible
REVOKE SELECT ON TABLE public.classrooms FROM PUBLIC;
GRANT REFERENCES ON TABLE public.classrooms TO app_admin;
GRANT TRUNCATE ON TABLE public.classrooms TO app_admin;
GRANT DELETE ON TABLE public.classrooms TO app_writer;

COMMIT;
