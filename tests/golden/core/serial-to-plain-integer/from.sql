CREATE TABLE legacy_orders (
    id serial PRIMARY KEY,
    note text
);
