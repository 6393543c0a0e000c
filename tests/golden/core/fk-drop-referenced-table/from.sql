CREATE TABLE warehouses (
    id int PRIMARY KEY,
    city text
);
CREATE TABLE stock (
    id int PRIMARY KEY,
    warehouse_id int REFERENCES warehouses (id),
    sku text NOT NULL
);
