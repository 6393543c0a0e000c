-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint hex_color_lowercase on domain public.hex_color
ALTER DOMAIN public.hex_color DROP CONSTRAINT hex_color_lowercase;

COMMIT;
