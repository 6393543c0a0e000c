-- case: dropping an unnamed and a named CHECK constraint keeps rows and columns.
CREATE TABLE products (
    id int PRIMARY KEY,
    price numeric(10, 2) NOT NULL,
    stock int NOT NULL
);
