-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.total_pages_read(bigint)
DROP FUNCTION public.total_pages_read(bigint);

-- create function public.total_pages_read(bigint)
CREATE FUNCTION public.total_pages_read(p_student_id bigint)
  RETURNS bigint
  LANGUAGE sql
  STABLE
AS $function$ SELECT coalesce(sum(pages_read), 0) FROM reading_progress WHERE student_id = p_student_id $function$;

-- comment on function public.total_pages_read(bigint)
COMMENT ON ROUTINE public.total_pages_read(bigint) IS 'Pages read across all books';

COMMIT;
