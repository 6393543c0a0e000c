-- case: several changes to the same column at once (text to numeric with USING, default changed, NOT NULL added, CHECK added, dependent index rebuilt) must be ordered drop default, alter type, set default, set not null, add check.
CREATE TABLE products (
    id int PRIMARY KEY,
    price numeric(10, 2) NOT NULL DEFAULT 0.00 CHECK (price >= 0),
    sku varchar(32) NOT NULL UNIQUE
);
CREATE INDEX products_price_idx ON products (price);
