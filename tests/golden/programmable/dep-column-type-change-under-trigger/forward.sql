-- schemac forward plan: 4 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop trigger reading_progress_completed on public.reading_progress
DROP TRIGGER reading_progress_completed ON public.reading_progress;

-- alter column public.reading_progress.goal_pages (type integer -> bigint)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.reading_progress ALTER COLUMN goal_pages TYPE bigint;

-- alter column public.reading_progress.pages_read (type integer -> bigint)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.reading_progress ALTER COLUMN pages_read DROP DEFAULT;
ALTER TABLE public.reading_progress ALTER COLUMN pages_read TYPE bigint;
ALTER TABLE public.reading_progress ALTER COLUMN pages_read SET DEFAULT 0;

-- create trigger reading_progress_completed on public.reading_progress
CREATE TRIGGER reading_progress_completed BEFORE UPDATE OF pages_read ON public.reading_progress FOR EACH ROW WHEN (new.pages_read >= new.goal_pages AND old.pages_read < old.goal_pages) EXECUTE FUNCTION public.mark_completed();

COMMIT;
