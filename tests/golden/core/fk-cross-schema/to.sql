-- case: adding a FK from a table in one schema to a table in another schema (names must be schema-qualified in the generated SQL).
CREATE SCHEMA auth;
CREATE SCHEMA billing;
CREATE TABLE auth.users (
    id uuid PRIMARY KEY,
    email text NOT NULL
);
CREATE TABLE billing.subscriptions (
    id bigint PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    plan text NOT NULL
);
