CREATE TABLE logins (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE,
    username varchar(50) NOT NULL
);
