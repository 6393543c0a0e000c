-- schemac forward plan: 2 steps
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.contacts.country_code (set not null)
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.contacts ALTER COLUMN country_code SET NOT NULL;

-- alter column public.contacts.email (set not null)
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.contacts ALTER COLUMN email SET NOT NULL;

COMMIT;
