-- schemac forward plan: 9 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- comment on type public.day_number
COMMENT ON TYPE public.day_number IS 'Advent day, 1 to 24';

-- comment on type public.gift_box
COMMENT ON TYPE public.gift_box IS 'What is inside a door';

-- comment on column public.gift_box.weight_grams
COMMENT ON COLUMN public.gift_box.weight_grams IS 'Shipping weight';

-- comment on function public.noop_trigger()
COMMENT ON ROUTINE public.noop_trigger() IS 'Placeholder trigger function';

-- comment on function public.open_day(bigint)
COMMENT ON ROUTINE public.open_day(bigint) IS 'Marks a day as opened';

-- comment on materialized view public.opened_days
COMMENT ON MATERIALIZED VIEW public.opened_days IS 'Days already opened';

-- comment on column public.opened_days.day
COMMENT ON COLUMN public.opened_days.day IS 'Day number';

-- remove comment on trigger calendar_days_noop on public.calendar_days
COMMENT ON TRIGGER calendar_days_noop ON public.calendar_days IS NULL;

-- comment on policy calendar_days_read on public.calendar_days
COMMENT ON POLICY calendar_days_read ON public.calendar_days IS 'Everyone may read days';

COMMIT;
