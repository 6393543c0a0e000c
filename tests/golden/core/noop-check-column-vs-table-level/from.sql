CREATE TABLE items (
    id int PRIMARY KEY,
    price numeric(10, 2) CHECK (price > 0),
    qty int CONSTRAINT items_qty_positive CHECK (qty >= 0),
    sku text NOT NULL UNIQUE
);
