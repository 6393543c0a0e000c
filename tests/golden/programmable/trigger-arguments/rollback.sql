-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop trigger assignments_log on public.assignments
DROP TRIGGER assignments_log ON public.assignments;

-- replace trigger classrooms_log on public.classrooms
CREATE OR REPLACE TRIGGER classrooms_log AFTER INSERT OR UPDATE ON public.classrooms FOR EACH ROW EXECUTE FUNCTION public.log_change('classrooms');

COMMIT;
