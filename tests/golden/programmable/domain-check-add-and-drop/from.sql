CREATE DOMAIN username AS text
    CONSTRAINT username_not_blank CHECK (btrim(VALUE) <> '')
    CONSTRAINT username_legacy_prefix CHECK (VALUE NOT LIKE 'tmp_%');

CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    name username NOT NULL
);
