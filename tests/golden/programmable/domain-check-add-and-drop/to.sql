-- case: a named CHECK is added to a domain in use (ALTER DOMAIN ... ADD CONSTRAINT, which validates the existing column values) and another named CHECK is dropped (ALTER DOMAIN ... DROP CONSTRAINT).
CREATE DOMAIN username AS text
    CONSTRAINT username_not_blank CHECK (btrim(VALUE) <> '')
    CONSTRAINT username_max_length CHECK (char_length(VALUE) <= 32);

CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    name username NOT NULL
);
