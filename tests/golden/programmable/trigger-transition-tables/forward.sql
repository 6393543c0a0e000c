-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.record_progress_delta()
CREATE FUNCTION public.record_progress_delta()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO public.reading_progress_history (student_id, book_id, pages_delta)
    SELECT n.student_id, n.book_id, n.pages_read - o.pages_read
    FROM changed_new n
    JOIN changed_old o USING (student_id, book_id)
    WHERE n.pages_read <> o.pages_read;
    RETURN NULL;
END;
$function$;

-- create function public.record_progress_start()
CREATE FUNCTION public.record_progress_start()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO public.reading_progress_history (student_id, book_id, pages_delta)
    SELECT student_id, book_id, pages_read FROM inserted;
    RETURN NULL;
END;
$function$;

-- create trigger reading_progress_delta on public.reading_progress
CREATE TRIGGER reading_progress_delta AFTER UPDATE ON public.reading_progress REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION public.record_progress_delta();

-- create trigger reading_progress_start on public.reading_progress
CREATE TRIGGER reading_progress_start AFTER INSERT ON public.reading_progress REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public.record_progress_start();

COMMIT;
