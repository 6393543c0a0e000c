-- schemac forward plan: 2 steps
-- hazards: long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint username_legacy_prefix on domain public.username
ALTER DOMAIN public.username DROP CONSTRAINT username_legacy_prefix;

-- add constraint username_max_length on domain public.username
-- hazards: long-scan, data-dependent
ALTER DOMAIN public.username ADD CONSTRAINT username_max_length CHECK (char_length(value) <= 32);

COMMIT;
