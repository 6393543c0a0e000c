-- case: removing a column from a view cannot be done with CREATE OR REPLACE VIEW, so the view is dropped and recreated, and its comment and grant are restored with it.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    display_name text,
    phone text
);

CREATE VIEW user_directory AS
    SELECT id, email, display_name
    FROM users;

COMMENT ON VIEW user_directory IS 'Directory listing for staff tools';
GRANT SELECT ON user_directory TO app_reader;
