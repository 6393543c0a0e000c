CREATE TABLE products (
    id int PRIMARY KEY,
    price numeric(10, 2) NOT NULL,
    discount_price numeric(10, 2),
    stock int NOT NULL DEFAULT 0
);
