-- schemac forward plan: 2 steps
-- hazards: long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter domain public.non_empty_text
-- hazards: long-scan, data-dependent
ALTER DOMAIN public.non_empty_text SET NOT NULL;

-- alter domain public.optional_note
ALTER DOMAIN public.optional_note DROP NOT NULL;

COMMIT;
