-- schemac forward plan: 1 step
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.users.username (type character varying(20) -> character varying(100))
-- hazards: access-exclusive-lock
ALTER TABLE public.users ALTER COLUMN username TYPE character varying(100);

COMMIT;
