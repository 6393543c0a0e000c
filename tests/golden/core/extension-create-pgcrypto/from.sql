CREATE TABLE credentials (
    id int PRIMARY KEY,
    username text NOT NULL
);
