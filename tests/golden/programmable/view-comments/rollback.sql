-- schemac rollback plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- remove comment on view public.calendar_summaries
COMMENT ON VIEW public.calendar_summaries IS NULL;

-- remove comment on column public.calendar_summaries.child_id
COMMENT ON COLUMN public.calendar_summaries.child_id IS NULL;

-- comment on column public.calendar_summaries.year
COMMENT ON COLUMN public.calendar_summaries.year IS 'Advent year';

-- remove comment on column public.calendar_summaries.theme
COMMENT ON COLUMN public.calendar_summaries.theme IS NULL;

COMMIT;
