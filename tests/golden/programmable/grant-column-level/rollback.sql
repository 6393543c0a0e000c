-- schemac rollback plan: 3 steps
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on TABLE public.users (id)
-- hazards: backward-incompatible
REVOKE SELECT (id) ON TABLE public.users FROM app_writer;

-- privileges on TABLE public.users (email)
GRANT SELECT (email) ON TABLE public.users TO app_reader;

-- privileges on TABLE public.users (display_name)
-- hazards: backward-incompatible
REVOKE UPDATE (display_name) ON TABLE public.users FROM app_writer;

COMMIT;
