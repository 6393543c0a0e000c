-- schemac forward plan: 8 steps
-- hazards: access-exclusive-lock, blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create schema billing
CREATE SCHEMA billing;

-- create type billing.plan
CREATE TYPE billing.plan AS ENUM ('free', 'pro', 'enterprise');

-- add column public.users.plan
-- hazards: access-exclusive-lock
ALTER TABLE public.users ADD COLUMN plan billing.plan DEFAULT 'free' NOT NULL;

-- add column public.users.billing_account_id
-- hazards: access-exclusive-lock
ALTER TABLE public.users ADD COLUMN billing_account_id bigint;

-- create table billing.accounts
CREATE TABLE billing.accounts (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    plan billing.plan DEFAULT 'free' NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

-- add constraint users_billing_account_fk on public.users
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.users ADD CONSTRAINT users_billing_account_fk FOREIGN KEY (billing_account_id) REFERENCES billing.accounts (id) ON DELETE SET NULL;

-- add constraint accounts_owner_id_fkey on billing.accounts
ALTER TABLE billing.accounts ADD CONSTRAINT accounts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users (id);

-- create index billing.accounts_owner_idx
CREATE INDEX accounts_owner_idx ON billing.accounts (owner_id);

COMMIT;
