CREATE TABLE products (
    id int PRIMARY KEY,
    price numeric(10, 2) NOT NULL CHECK (price > 0),
    stock int NOT NULL,
    CONSTRAINT products_stock_nonnegative CHECK (stock >= 0)
);
