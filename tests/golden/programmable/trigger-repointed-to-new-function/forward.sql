-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop trigger calendar_days_slug on public.calendar_days
DROP TRIGGER calendar_days_slug ON public.calendar_days;

-- drop function public.set_slug_v1()
DROP FUNCTION public.set_slug_v1();

-- create function public.set_slug_v2()
CREATE FUNCTION public.set_slug_v2()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.slug := btrim(regexp_replace(lower(NEW.title), '[^a-z0-9]+', '-', 'g'), '-');
    RETURN NEW;
END;
$function$;

-- create trigger calendar_days_slug on public.calendar_days
CREATE TRIGGER calendar_days_slug BEFORE INSERT OR UPDATE ON public.calendar_days FOR EACH ROW EXECUTE FUNCTION public.set_slug_v2();

COMMIT;
