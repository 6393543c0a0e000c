-- schemac rollback plan: 1 step
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop table public.readings
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.readings;

COMMIT;
