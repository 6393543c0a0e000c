CREATE TYPE public.account_state AS ENUM ('active', 'suspended', 'closed');

CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    state account_state NOT NULL DEFAULT 'active'
);
CREATE INDEX accounts_state_idx ON accounts (state);
