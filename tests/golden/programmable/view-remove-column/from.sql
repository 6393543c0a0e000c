CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    display_name text,
    phone text
);

CREATE VIEW user_directory AS
    SELECT id, email, display_name, phone
    FROM users;

COMMENT ON VIEW user_directory IS 'Directory listing for staff tools';
GRANT SELECT ON user_directory TO app_reader;
