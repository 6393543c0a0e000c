-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.clamp_score(integer, integer, integer)
DROP FUNCTION public.clamp_score(integer, integer, integer);

-- create function public.clamp_score(integer, integer, integer)
CREATE FUNCTION public.clamp_score(score integer, lo integer, hi integer DEFAULT 100)
  RETURNS integer
  LANGUAGE sql
  IMMUTABLE
RETURN GREATEST(lo, LEAST(hi, score));

-- privileges on ROUTINE public.clamp_score(integer, integer, integer)
GRANT EXECUTE ON ROUTINE public.clamp_score(integer, integer, integer) TO app_reader;

COMMIT;
