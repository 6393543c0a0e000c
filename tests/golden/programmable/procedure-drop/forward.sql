-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop procedure public.trim_audit_log(interval)
DROP PROCEDURE public.trim_audit_log(interval);

COMMIT;
