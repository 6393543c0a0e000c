-- Several schemas: enums used across schemas, foreign keys across schemas, a schema with
-- only types, a partitioned table (reached through its parent), a table whose only column is
-- its key (no update), a table without columns.
CREATE SCHEMA kinds;
CREATE SCHEMA shop;
CREATE SCHEMA people;

CREATE TYPE kinds.color AS ENUM ('red', 'green', 'blue');
CREATE TYPE kinds.size AS ENUM ();

CREATE TABLE people.customers (
    id       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    favorite kinds.color
);

CREATE TABLE shop.products (
    sku   text PRIMARY KEY,
    color kinds.color NOT NULL,
    sizes kinds.size[]
);

CREATE TABLE shop.orders (
    id          bigserial,
    customer_id uuid NOT NULL REFERENCES people.customers,
    sku         text NOT NULL REFERENCES shop.products,
    placed_on   date NOT NULL,
    gift_for    uuid REFERENCES people.customers,
    PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);

CREATE TABLE shop.orders_2024 PARTITION OF shop.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE shop.tags (
    name text PRIMARY KEY
);

CREATE TABLE shop.nothing ();
