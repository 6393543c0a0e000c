-- case: widening a referenced primary key and the referencing FK columns from integer to bigint together keeps the FKs, indexes and rows.
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    name text
);
CREATE TABLE transfers (
    id bigint PRIMARY KEY,
    from_account bigint NOT NULL REFERENCES accounts (id),
    to_account bigint NOT NULL REFERENCES accounts (id),
    amount numeric(12, 2) NOT NULL
);
CREATE INDEX transfers_from_idx ON transfers (from_account);
