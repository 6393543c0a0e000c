CREATE TABLE labels (
    id int PRIMARY KEY,
    tag text NOT NULL
);
