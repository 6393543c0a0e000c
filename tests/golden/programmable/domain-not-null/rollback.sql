-- schemac rollback plan: 2 steps
-- hazards: long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter domain public.non_empty_text
ALTER DOMAIN public.non_empty_text DROP NOT NULL;

-- alter domain public.optional_note
-- hazards: long-scan, data-dependent
ALTER DOMAIN public.optional_note SET NOT NULL;

COMMIT;
