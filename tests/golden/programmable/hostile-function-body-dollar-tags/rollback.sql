-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.tag_suffix()
DROP FUNCTION public.tag_suffix();

-- drop function public.tag_dollar()
DROP FUNCTION public.tag_dollar();

COMMIT;
