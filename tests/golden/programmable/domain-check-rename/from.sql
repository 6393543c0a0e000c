CREATE DOMAIN postal_code AS text
    CHECK (VALUE ~ '^[0-9A-Z -]{3,10}$');

CREATE TABLE addresses (
    id bigint PRIMARY KEY,
    postal postal_code NOT NULL
);
