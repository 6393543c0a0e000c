-- A small application schema: identity keys, a composite key, foreign keys, defaults,
-- nullable columns with and without defaults, a stored generated column, comments, an enum
-- with a label that is not an identifier, and a table without a primary key.
CREATE SCHEMA app;

CREATE TYPE app.account_state AS ENUM ('pending', 'active', 'on hold', 'closed');

CREATE TABLE app.accounts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email        text NOT NULL UNIQUE,
    display_name text,
    state        app.account_state NOT NULL DEFAULT 'pending',
    note         text DEFAULT 'new account',
    created_at   timestamptz NOT NULL DEFAULT now(),
    email_domain text GENERATED ALWAYS AS (split_part(email, '@', 2)) STORED
);

COMMENT ON TABLE app.accounts IS 'People who sign in.
One row per e-mail address.';
COMMENT ON COLUMN app.accounts.note IS 'Free text for support staff.';

CREATE TABLE app.posts (
    account_id bigint NOT NULL REFERENCES app.accounts ON DELETE CASCADE,
    number     integer NOT NULL,
    title      text NOT NULL,
    body       text,
    reviewer   bigint REFERENCES app.accounts (id),
    PRIMARY KEY (account_id, number)
);

CREATE TABLE app.audit_log (
    at      timestamptz NOT NULL DEFAULT now(),
    account bigint REFERENCES app.accounts,
    message text NOT NULL
);
