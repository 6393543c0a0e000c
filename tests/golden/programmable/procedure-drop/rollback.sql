-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create procedure public.trim_audit_log(interval)
CREATE PROCEDURE public.trim_audit_log(keep interval DEFAULT '90 days')
  LANGUAGE sql
BEGIN ATOMIC
  DELETE FROM audit_log WHERE audit_log.at < (now() - trim_audit_log.keep);
END;

-- comment on function public.trim_audit_log(interval)
COMMENT ON ROUTINE public.trim_audit_log(interval) IS 'Housekeeping';

COMMIT;
