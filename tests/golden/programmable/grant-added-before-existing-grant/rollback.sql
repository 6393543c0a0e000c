-- schemac rollback plan: 1 step
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on TABLE public.surprises
-- hazards: backward-incompatible
REVOKE SELECT ON TABLE public.surprises FROM app_reader;

COMMIT;
