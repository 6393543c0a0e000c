-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function public.surprises_search_update()
CREATE OR REPLACE FUNCTION public.surprises_search_update()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.title_search := to_tsvector('simple', NEW.title);
    RETURN NEW;
END;
$function$;

COMMIT;
