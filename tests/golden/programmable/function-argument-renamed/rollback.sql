-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.format_minutes(integer)
DROP FUNCTION public.format_minutes(integer);

-- create function public.format_minutes(integer)
CREATE FUNCTION public.format_minutes(m integer)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
RETURN (((m / 60) || 'h ') || (m % 60)) || 'm';

COMMIT;
