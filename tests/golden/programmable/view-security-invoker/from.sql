CREATE TABLE child_profiles (
    id uuid PRIMARY KEY,
    parent_id uuid NOT NULL,
    first_name text NOT NULL
);

ALTER TABLE child_profiles ENABLE ROW LEVEL SECURITY;

CREATE POLICY child_profiles_parent ON child_profiles
    USING (parent_id = current_setting('app.user_id', true)::uuid);

CREATE VIEW child_names AS
    SELECT id, first_name FROM child_profiles;
