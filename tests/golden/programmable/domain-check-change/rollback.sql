-- schemac rollback plan: 2 steps
-- hazards: long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint rating_range on domain public.rating
ALTER DOMAIN public.rating DROP CONSTRAINT rating_range;

-- add constraint rating_range on domain public.rating
-- hazards: long-scan, data-dependent
ALTER DOMAIN public.rating ADD CONSTRAINT rating_range CHECK (value BETWEEN 1 AND 5);

COMMIT;
