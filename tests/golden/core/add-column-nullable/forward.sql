-- schemac forward plan: 2 steps
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add column public.customers.nickname
-- hazards: access-exclusive-lock
ALTER TABLE public.customers ADD COLUMN nickname character varying(40);

-- add column public.customers.last_seen_at
-- hazards: access-exclusive-lock
ALTER TABLE public.customers ADD COLUMN last_seen_at timestamp with time zone;

COMMIT;
