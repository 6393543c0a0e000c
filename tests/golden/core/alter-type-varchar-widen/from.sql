CREATE TABLE users (
    id integer PRIMARY KEY,
    username varchar(20) NOT NULL UNIQUE
);
