-- schemac rollback plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.calendar_days.day (type public.day_number -> smallint)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.calendar_days ALTER COLUMN day TYPE smallint USING day::text::smallint;

COMMIT;
