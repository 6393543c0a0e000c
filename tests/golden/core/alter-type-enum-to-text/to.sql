-- case: converting an enum column to text (and dropping the no-longer-used enum type) keeps labels as text, the default and the index.
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    state text NOT NULL DEFAULT 'active'
);
CREATE INDEX accounts_state_idx ON accounts (state);
