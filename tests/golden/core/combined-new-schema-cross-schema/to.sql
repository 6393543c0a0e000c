-- case: a new schema whose enum is used by a new column on an existing public table, whose table references public.users, and which a public FK references back; creation needs schema, enum, new column, table, then both FKs.
CREATE SCHEMA billing;

CREATE TYPE billing.plan AS ENUM ('free', 'pro', 'enterprise');

CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    plan billing.plan NOT NULL DEFAULT 'free',
    billing_account_id bigint
);

CREATE TABLE billing.accounts (
    id bigint PRIMARY KEY,
    owner_id bigint NOT NULL REFERENCES public.users (id),
    plan billing.plan NOT NULL DEFAULT 'free'
);

ALTER TABLE public.users ADD CONSTRAINT users_billing_account_fk FOREIGN KEY (billing_account_id) REFERENCES billing.accounts (id) ON DELETE SET NULL;
CREATE INDEX accounts_owner_idx ON billing.accounts (owner_id);
