CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    nick text
);

CREATE INDEX users_email_idx ON users (email);
COMMENT ON COLUMN users.email IS 'Login email';
GRANT SELECT (id, email) ON users TO app_reader;
