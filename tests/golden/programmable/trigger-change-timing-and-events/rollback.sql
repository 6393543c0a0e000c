-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace trigger enrollments_audit on public.enrollments
CREATE OR REPLACE TRIGGER enrollments_audit BEFORE UPDATE ON public.enrollments FOR EACH ROW EXECUTE FUNCTION public.audit_enrollment();

COMMIT;
