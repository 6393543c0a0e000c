-- schemac rollback plan: 1 step
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.contacts.phone (set not null)
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.contacts ALTER COLUMN phone SET NOT NULL;

COMMIT;
