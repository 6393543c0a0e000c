-- case: a policy rewritten to call a new STABLE helper function (which wraps current_setting('app.user_id', true)::uuid) needs the function created before ALTER POLICY, and the function can never be dropped while the policy uses it.
CREATE SCHEMA app;

CREATE FUNCTION app.current_user_id() RETURNS uuid
    LANGUAGE sql
    STABLE
    PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

CREATE TABLE public.child_profiles (
    id uuid PRIMARY KEY,
    parent_id uuid NOT NULL,
    first_name text NOT NULL
);

ALTER TABLE public.child_profiles ENABLE ROW LEVEL SECURITY;

CREATE POLICY child_profiles_parent ON public.child_profiles
    USING (parent_id = app.current_user_id());
