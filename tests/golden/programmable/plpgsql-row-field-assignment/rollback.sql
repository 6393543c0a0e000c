-- schemac rollback plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop table public.archive
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.archive;

-- drop function public.purge()
DROP FUNCTION public.purge();

-- drop function public.keep_opened_at()
DROP FUNCTION public.keep_opened_at();

COMMIT;
