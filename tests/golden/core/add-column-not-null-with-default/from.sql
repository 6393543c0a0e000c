CREATE TABLE products (
    id int4 PRIMARY KEY,
    name text NOT NULL
);
