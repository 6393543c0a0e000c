-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.reveal_day(bigint, smallint)
DROP FUNCTION public.reveal_day(bigint, smallint);

-- replace function public.is_revealed(public.surprises)
CREATE OR REPLACE FUNCTION public.is_revealed(s public.surprises)
  RETURNS boolean
  LANGUAGE sql
  STABLE
RETURN (s).revealed_at IS NOT NULL;

COMMIT;
