-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop type public.legacy_color
DROP TYPE public.legacy_color;

COMMIT;
