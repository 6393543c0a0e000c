-- case: a domain CHECK constraint renamed by annotation (implicit postal_code_check to postal_code_format) is ALTER DOMAIN ... RENAME CONSTRAINT; it is not dropped and re-added, so existing values are not rechecked.
CREATE DOMAIN postal_code AS text
    -- schemac:renamed-from postal_code_check
    CONSTRAINT postal_code_format CHECK (VALUE ~ '^[0-9A-Z -]{3,10}$');

CREATE TABLE addresses (
    id bigint PRIMARY KEY,
    postal postal_code NOT NULL
);
