-- case: a column renamed by annotation (before the column line and trailing on it) is ALTER TABLE ... RENAME COLUMN: values, the index on it, its comment and its column grant are kept.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email_address text NOT NULL, -- schemac:renamed-from email
    -- schemac:renamed-from nick
    nickname text
);

CREATE INDEX users_email_idx ON users (email_address);
COMMENT ON COLUMN users.email_address IS 'Login email';
GRANT SELECT (id, email_address) ON users TO app_reader;
