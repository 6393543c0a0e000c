CREATE TABLE accounts (
    id int PRIMARY KEY,
    email text NOT NULL,
    nick text
);
