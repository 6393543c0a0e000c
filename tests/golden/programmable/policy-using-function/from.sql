CREATE SCHEMA app;

CREATE TABLE public.child_profiles (
    id uuid PRIMARY KEY,
    parent_id uuid NOT NULL,
    first_name text NOT NULL
);

ALTER TABLE public.child_profiles ENABLE ROW LEVEL SECURITY;

CREATE POLICY child_profiles_parent ON public.child_profiles
    USING (parent_id = current_setting('app.user_id', true)::uuid);
