CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE user_profiles (
    user_id bigint PRIMARY KEY REFERENCES users (id),
    display_name text
);

CREATE VIEW user_cards AS
    SELECT u.id, u.email, p.display_name
    FROM users u
    LEFT JOIN user_profiles p ON p.user_id = u.id;
