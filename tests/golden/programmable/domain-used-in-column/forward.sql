-- schemac forward plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.calendar_days.day (type smallint -> public.day_number)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.calendar_days ALTER COLUMN day TYPE public.day_number USING day::text::public.day_number;

COMMIT;
