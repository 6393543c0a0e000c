-- schemac rollback plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.accounts."-- schemac:renamed-from email"
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.accounts DROP COLUMN "-- schemac:renamed-from email";

-- drop column public.accounts.handle
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.accounts DROP COLUMN handle;

-- add column public.accounts.nick
-- hazards: access-exclusive-lock
-- note: the forward migration deleted this column's data; recreating it does not bring the data back
ALTER TABLE public.accounts ADD COLUMN nick text;

COMMIT;
