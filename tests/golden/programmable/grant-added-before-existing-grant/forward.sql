-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on TABLE public.surprises
GRANT SELECT ON TABLE public.surprises TO app_reader;

COMMIT;
