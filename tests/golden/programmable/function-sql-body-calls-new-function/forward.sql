-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function public.opens_on(date)
CREATE OR REPLACE FUNCTION public.opens_on(day date)
  RETURNS bigint
  LANGUAGE sql
  STABLE
AS $function$ SELECT count(*) FROM day_opens WHERE utc_day(opened_at) = day $function$;

-- create function public.utc_day(timestamp with time zone)
CREATE FUNCTION public.utc_day(ts timestamp with time zone)
  RETURNS date
  LANGUAGE sql
  IMMUTABLE
AS $function$ SELECT (ts AT TIME ZONE 'UTC')::date $function$;

COMMIT;
