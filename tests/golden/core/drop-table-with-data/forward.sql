-- schemac forward plan: 1 step
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop table public.audit_log
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.audit_log;

COMMIT;
