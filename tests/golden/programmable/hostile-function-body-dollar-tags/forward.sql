-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.tag_dollar()
CREATE FUNCTION public.tag_dollar()
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
AS $function2$ SELECT '$function$ and $function1$'::text $function2$;

-- create function public.tag_suffix()
CREATE FUNCTION public.tag_suffix()
  RETURNS text
  LANGUAGE plpgsql
  IMMUTABLE
AS $function1$
BEGIN
    RETURN 'x';
END; --$function$function1$;

COMMIT;
