-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.user_cards_insert()
CREATE FUNCTION public.user_cards_insert()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO public.users (id, email) VALUES (NEW.id, NEW.email);
    INSERT INTO public.user_profiles (user_id, display_name) VALUES (NEW.id, NEW.display_name);
    RETURN NEW;
END;
$function$;

-- create trigger user_cards_insert on public.user_cards
CREATE TRIGGER user_cards_insert INSTEAD OF INSERT ON public.user_cards FOR EACH ROW EXECUTE FUNCTION public.user_cards_insert();

COMMIT;
