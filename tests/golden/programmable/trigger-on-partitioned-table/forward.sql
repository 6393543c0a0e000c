-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function analytics.normalize_event_name()
CREATE FUNCTION analytics.normalize_event_name()
  RETURNS trigger
  LANGUAGE plpgsql
  SET search_path TO ''
AS $function$
BEGIN
    NEW.name_normalized := lower(replace(NEW.name, ' ', '_'));
    RETURN NEW;
END;
$function$;

-- create trigger events_normalize_name on analytics.events
CREATE TRIGGER events_normalize_name BEFORE INSERT ON analytics.events FOR EACH ROW EXECUTE FUNCTION analytics.normalize_event_name();

COMMIT;
