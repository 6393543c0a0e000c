-- schemac forward plan: 1 step
SET search_path = public;

BEGIN;

-- drop type public.legacy_color
DROP TYPE public.legacy_color;

COMMIT;
