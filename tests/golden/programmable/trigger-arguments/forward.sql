-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace trigger classrooms_log on public.classrooms
CREATE OR REPLACE TRIGGER classrooms_log AFTER INSERT OR UPDATE ON public.classrooms FOR EACH ROW EXECUTE FUNCTION public.log_change('classrooms', 'teacher''s edit');

-- create trigger assignments_log on public.assignments
CREATE TRIGGER assignments_log AFTER INSERT ON public.assignments FOR EACH ROW EXECUTE FUNCTION public.log_change('assignments', '42');

COMMIT;
