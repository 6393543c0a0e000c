CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    display_name text,
    password_hash text NOT NULL
);

GRANT SELECT (id, email, display_name) ON users TO app_reader;
