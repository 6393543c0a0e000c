-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.to_cents(text)
DROP FUNCTION public.to_cents(text);

COMMIT;
