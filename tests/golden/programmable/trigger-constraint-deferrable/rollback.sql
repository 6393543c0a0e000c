-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop trigger classrooms_require_teacher on public.classrooms
DROP TRIGGER classrooms_require_teacher ON public.classrooms;

-- drop function public.require_teacher()
DROP FUNCTION public.require_teacher();

COMMIT;
