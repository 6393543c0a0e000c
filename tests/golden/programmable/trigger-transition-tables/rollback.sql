-- schemac rollback plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop trigger reading_progress_start on public.reading_progress
DROP TRIGGER reading_progress_start ON public.reading_progress;

-- drop trigger reading_progress_delta on public.reading_progress
DROP TRIGGER reading_progress_delta ON public.reading_progress;

-- drop function public.record_progress_start()
DROP FUNCTION public.record_progress_start();

-- drop function public.record_progress_delta()
DROP FUNCTION public.record_progress_delta();

COMMIT;
