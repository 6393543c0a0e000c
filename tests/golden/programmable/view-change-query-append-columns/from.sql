CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    display_name text,
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE VIEW active_users AS
    SELECT id, email
    FROM users
    WHERE deleted_at IS NULL;

-- depends on active_users; must survive the change untouched
CREATE VIEW active_user_emails AS
    SELECT email FROM active_users;
