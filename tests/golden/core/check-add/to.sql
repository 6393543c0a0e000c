-- case: adding an unnamed column-level CHECK (named products_price_check by PostgreSQL), an unnamed multi-column table CHECK (products_check) and a named CHECK to rows that satisfy them.
CREATE TABLE products (
    id int PRIMARY KEY,
    price numeric(10, 2) NOT NULL CHECK (price > 0),
    discount_price numeric(10, 2),
    stock int NOT NULL DEFAULT 0,
    CHECK (discount_price IS NULL OR discount_price < price),
    CONSTRAINT products_stock_nonnegative CHECK (stock >= 0)
);
