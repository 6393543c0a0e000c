-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename type public.pos to type public.positive
ALTER TYPE public.pos RENAME TO positive;

-- rename domain constraint pos_check on public.positive to domain constraint positive_check on public.positive
ALTER DOMAIN public.positive RENAME CONSTRAINT pos_check TO positive_check;

COMMIT;
