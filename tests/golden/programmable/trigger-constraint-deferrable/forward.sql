-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.require_teacher()
CREATE FUNCTION public.require_teacher()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.classroom_teachers WHERE classroom_id = NEW.id) THEN
        RAISE EXCEPTION 'classroom % has no teacher', NEW.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END;
$function$;

-- create trigger classrooms_require_teacher on public.classrooms
CREATE CONSTRAINT TRIGGER classrooms_require_teacher AFTER INSERT OR UPDATE ON public.classrooms DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.require_teacher();

COMMIT;
