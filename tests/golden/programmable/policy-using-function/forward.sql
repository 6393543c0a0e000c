-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function app.current_user_id()
CREATE FUNCTION app.current_user_id()
  RETURNS uuid
  LANGUAGE sql
  STABLE PARALLEL SAFE
AS $function$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $function$;

-- alter policy child_profiles_parent on public.child_profiles
ALTER POLICY child_profiles_parent ON public.child_profiles TO PUBLIC USING (parent_id = app.current_user_id());

COMMIT;
