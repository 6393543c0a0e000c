-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop policy child_profiles_parent on public.child_profiles
DROP POLICY child_profiles_parent ON public.child_profiles;

-- drop function app.current_user_id()
DROP FUNCTION app.current_user_id();

-- create policy child_profiles_parent on public.child_profiles
CREATE POLICY child_profiles_parent ON public.child_profiles AS PERMISSIVE FOR ALL TO PUBLIC USING (parent_id = current_setting('app.user_id', true)::uuid);

COMMIT;
