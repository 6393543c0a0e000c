-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function public.nps_bucket(smallint)
CREATE OR REPLACE FUNCTION public.nps_bucket(score smallint)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
AS $function$
        SELECT CASE WHEN score >= 9 THEN 'promoter' ELSE 'other' END
    $function$;

COMMIT;
