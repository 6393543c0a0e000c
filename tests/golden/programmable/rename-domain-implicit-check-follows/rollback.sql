-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename type public.positive to type public.pos
ALTER TYPE public.positive RENAME TO pos;

-- rename domain constraint positive_check on public.pos to domain constraint pos_check on public.pos
ALTER DOMAIN public.pos RENAME CONSTRAINT positive_check TO pos_check;

COMMIT;
