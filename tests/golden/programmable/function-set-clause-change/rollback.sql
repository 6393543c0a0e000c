-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function public.heavy_report(integer)
CREATE OR REPLACE FUNCTION public.heavy_report(days integer)
  RETURNS bigint
  LANGUAGE plpgsql
  SET work_mem TO '64MB'
  SET statement_timeout TO '30s'
AS $function$
BEGIN
    RETURN days * 24;
END;
$function$;

COMMIT;
