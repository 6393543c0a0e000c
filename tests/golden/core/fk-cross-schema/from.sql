CREATE SCHEMA auth;
CREATE SCHEMA billing;
CREATE TABLE auth.users (
    id uuid PRIMARY KEY,
    email text NOT NULL
);
CREATE TABLE billing.subscriptions (
    id bigint PRIMARY KEY,
    user_id uuid NOT NULL,
    plan text NOT NULL
);
