-- schemac forward plan: 3 steps
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on TABLE public.users (id)
GRANT SELECT (id) ON TABLE public.users TO app_writer;

-- privileges on TABLE public.users (email)
-- hazards: backward-incompatible
REVOKE SELECT (email) ON TABLE public.users FROM app_reader;

-- privileges on TABLE public.users (display_name)
GRANT UPDATE (display_name) ON TABLE public.users TO app_writer;

COMMIT;
