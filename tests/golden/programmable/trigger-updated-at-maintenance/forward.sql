-- schemac forward plan: 3 steps
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.touch_updated_at()
CREATE FUNCTION public.touch_updated_at()
  RETURNS trigger
  LANGUAGE plpgsql
  SET search_path TO ''
AS $function$
BEGIN
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END;
$function$;

-- add column calendar.child_profiles.updated_at
-- hazards: access-exclusive-lock
ALTER TABLE calendar.child_profiles ADD COLUMN updated_at timestamp with time zone DEFAULT now() NOT NULL;

-- create trigger child_profiles_touch_updated_at on calendar.child_profiles
CREATE TRIGGER child_profiles_touch_updated_at BEFORE UPDATE ON calendar.child_profiles FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

COMMIT;
