CREATE TABLE settings (
    key text NOT NULL,
    value text
);
CREATE TABLE user_roles (
    user_id int NOT NULL,
    role_id int NOT NULL
);
