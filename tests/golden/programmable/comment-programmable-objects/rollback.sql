-- schemac rollback plan: 9 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- comment on type public.day_number
COMMENT ON TYPE public.day_number IS 'Old domain comment';

-- remove comment on type public.gift_box
COMMENT ON TYPE public.gift_box IS NULL;

-- remove comment on column public.gift_box.weight_grams
COMMENT ON COLUMN public.gift_box.weight_grams IS NULL;

-- remove comment on function public.noop_trigger()
COMMENT ON ROUTINE public.noop_trigger() IS NULL;

-- remove comment on function public.open_day(bigint)
COMMENT ON ROUTINE public.open_day(bigint) IS NULL;

-- remove comment on materialized view public.opened_days
COMMENT ON MATERIALIZED VIEW public.opened_days IS NULL;

-- remove comment on column public.opened_days.day
COMMENT ON COLUMN public.opened_days.day IS NULL;

-- comment on trigger calendar_days_noop on public.calendar_days
COMMENT ON TRIGGER calendar_days_noop ON public.calendar_days IS 'To be removed';

-- remove comment on policy calendar_days_read on public.calendar_days
COMMENT ON POLICY calendar_days_read ON public.calendar_days IS NULL;

COMMIT;
