CREATE SCHEMA calendar;

CREATE TABLE calendar.child_profiles (
    id bigint PRIMARY KEY,
    first_name text NOT NULL,
    avatar_url text,
    created_at timestamptz NOT NULL DEFAULT now()
);
