-- schemac forward plan: 1 step
-- hazards: long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- validate constraint logins_user_fk on public.logins
-- hazards: long-scan, data-dependent
ALTER TABLE public.logins VALIDATE CONSTRAINT logins_user_fk;

COMMIT;
