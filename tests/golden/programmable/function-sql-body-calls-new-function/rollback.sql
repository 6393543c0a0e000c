-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.utc_day(timestamp with time zone)
DROP FUNCTION public.utc_day(timestamp with time zone);

-- replace function public.opens_on(date)
CREATE OR REPLACE FUNCTION public.opens_on(day date)
  RETURNS bigint
  LANGUAGE sql
  STABLE
AS $function$ SELECT count(*) FROM day_opens WHERE (opened_at AT TIME ZONE 'UTC')::date = day $function$;

COMMIT;
