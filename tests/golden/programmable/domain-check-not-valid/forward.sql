-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint hex_color_lowercase on domain public.hex_color
ALTER DOMAIN public.hex_color ADD CONSTRAINT hex_color_lowercase CHECK (value = lower(value)) NOT VALID;

COMMIT;
