-- schemac rollback plan: 2 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.customers.last_seen_at
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.customers DROP COLUMN last_seen_at;

-- drop column public.customers.nickname
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.customers DROP COLUMN nickname;

COMMIT;
