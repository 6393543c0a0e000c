-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.format_minutes(integer)
DROP FUNCTION public.format_minutes(integer);

-- create function public.format_minutes(integer)
CREATE FUNCTION public.format_minutes(total_minutes integer)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
RETURN (((total_minutes / 60) || 'h ') || (total_minutes % 60)) || 'm';

COMMIT;
