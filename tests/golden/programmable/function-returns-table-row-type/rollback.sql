-- schemac rollback plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.latest()
DROP FUNCTION public.latest();

-- drop function public.bump(public.engagement)
DROP FUNCTION public.bump(public.engagement);

-- drop table public.engagement
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.engagement;

COMMIT;
