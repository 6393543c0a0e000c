-- case: domains are created with a base type, DEFAULT, NOT NULL, COLLATE and named and unnamed CHECK constraints (the unnamed one gets the implicit name <domain>_check), and a comment.
CREATE SCHEMA users;

CREATE DOMAIN users.email_address AS text
    COLLATE "C"
    CONSTRAINT email_address_has_at CHECK (VALUE LIKE '%_@_%')
    CHECK (length(VALUE) <= 254);

CREATE DOMAIN public.percentage AS numeric(5,2)
    DEFAULT 0
    NOT NULL
    CONSTRAINT percentage_range CHECK (VALUE >= 0 AND VALUE <= 100);

COMMENT ON DOMAIN users.email_address IS 'RFC-ish email, compared bytewise';
