-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.to_cents(text)
CREATE FUNCTION public.to_cents(amount text)
  RETURNS bigint
  LANGUAGE sql
  IMMUTABLE STRICT
RETURN round(amount::numeric * 100)::bigint;

COMMIT;
