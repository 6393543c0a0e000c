CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    display_name text,
    deleted_at timestamptz
);

CREATE VIEW active_users AS
    SELECT * FROM users WHERE deleted_at IS NULL;

CREATE VIEW user_emails AS
    SELECT id, email FROM users;
