-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create domain users.email_address
CREATE DOMAIN users.email_address AS text COLLATE "C" CONSTRAINT email_address_check CHECK (length(value) <= 254) CONSTRAINT email_address_has_at CHECK (value LIKE '%_@_%');

-- create domain public.percentage
CREATE DOMAIN public.percentage AS numeric(5,2) DEFAULT 0 NOT NULL CONSTRAINT percentage_range CHECK (value >= 0 AND value <= 100);

-- comment on type users.email_address
COMMENT ON TYPE users.email_address IS 'RFC-ish email, compared bytewise';

COMMIT;
