-- case: a column-level CHECK/UNIQUE/PRIMARY KEY and the same constraint written at table level (or as ALTER TABLE ... ADD CONSTRAINT afterwards) get the same name and definition: empty diff.
CREATE TABLE items (
    id int,
    price numeric(10, 2),
    qty int,
    sku text NOT NULL,
    PRIMARY KEY (id),
    CHECK (price > 0),
    UNIQUE (sku)
);
ALTER TABLE items ADD CONSTRAINT items_qty_positive CHECK (qty >= 0);
