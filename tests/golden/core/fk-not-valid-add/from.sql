CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE logins (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL
);
