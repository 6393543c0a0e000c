-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.first_present(text[])
DROP FUNCTION public.first_present(text[]);

-- drop function public.bump(integer, integer)
DROP FUNCTION public.bump(integer, integer);

-- drop function public.session_stats(timestamp with time zone)
DROP FUNCTION public.session_stats(timestamp with time zone);

COMMIT;
