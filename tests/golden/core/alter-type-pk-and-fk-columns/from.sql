CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text
);
CREATE TABLE transfers (
    id integer PRIMARY KEY,
    from_account integer NOT NULL REFERENCES accounts (id),
    to_account integer NOT NULL REFERENCES accounts (id),
    amount numeric(12, 2) NOT NULL
);
CREATE INDEX transfers_from_idx ON transfers (from_account);
