-- schemac forward plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.accounts.nick
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.accounts DROP COLUMN nick;

-- add column public.accounts.handle
-- hazards: access-exclusive-lock
ALTER TABLE public.accounts ADD COLUMN handle text DEFAULT '-- schemac:renamed-from nick';

-- add column public.accounts."-- schemac:renamed-from email"
-- hazards: access-exclusive-lock
ALTER TABLE public.accounts ADD COLUMN "-- schemac:renamed-from email" text;

COMMIT;
