-- case: switching a view to security_invoker = true (so the RLS policies of the caller apply through the view) is an ALTER VIEW ... SET option change; the view is not recreated.
CREATE TABLE child_profiles (
    id uuid PRIMARY KEY,
    parent_id uuid NOT NULL,
    first_name text NOT NULL
);

ALTER TABLE child_profiles ENABLE ROW LEVEL SECURITY;

CREATE POLICY child_profiles_parent ON child_profiles
    USING (parent_id = current_setting('app.user_id', true)::uuid);

CREATE VIEW child_names WITH (security_invoker = true) AS
    SELECT id, first_name FROM child_profiles;
