-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- comment on view public.calendar_summaries
COMMENT ON VIEW public.calendar_summaries IS 'One row per advent calendar, theme defaulted';

-- comment on column public.calendar_summaries.child_id
COMMENT ON COLUMN public.calendar_summaries.child_id IS 'Owner child';

-- remove comment on column public.calendar_summaries.year
COMMENT ON COLUMN public.calendar_summaries.year IS NULL;

-- comment on column public.calendar_summaries.theme
COMMENT ON COLUMN public.calendar_summaries.theme IS 'Theme name; ''classic'' when none was picked';

COMMIT;
