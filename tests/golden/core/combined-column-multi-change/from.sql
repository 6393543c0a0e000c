CREATE TABLE products (
    id int PRIMARY KEY,
    price text DEFAULT '0',
    sku varchar(10)
);
CREATE INDEX products_price_idx ON products (price);
