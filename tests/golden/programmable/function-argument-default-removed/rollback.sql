-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function public.clamp_score(integer, integer, integer)
CREATE OR REPLACE FUNCTION public.clamp_score(score integer, lo integer DEFAULT 0, hi integer DEFAULT 100)
  RETURNS integer
  LANGUAGE sql
  IMMUTABLE
RETURN GREATEST(lo, LEAST(hi, score));

COMMIT;
