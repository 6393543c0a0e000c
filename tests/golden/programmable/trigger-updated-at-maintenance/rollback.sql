-- schemac rollback plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop trigger child_profiles_touch_updated_at on calendar.child_profiles
DROP TRIGGER child_profiles_touch_updated_at ON calendar.child_profiles;

-- drop column calendar.child_profiles.updated_at
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE calendar.child_profiles DROP COLUMN updated_at;

-- drop function public.touch_updated_at()
DROP FUNCTION public.touch_updated_at();

COMMIT;
