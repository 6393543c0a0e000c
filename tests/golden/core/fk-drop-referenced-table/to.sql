-- case: dropping a table that a kept table references requires dropping the FK on the kept table first (no CASCADE surprises); the kept column and rows stay.
CREATE TABLE stock (
    id int PRIMARY KEY,
    warehouse_id int,
    sku text NOT NULL
);
