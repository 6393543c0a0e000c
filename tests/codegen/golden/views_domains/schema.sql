-- Domains map to their base type (a NOT NULL domain makes the column non-optional); views
-- and materialized views are read-only relations whose fields are all optional.
CREATE SCHEMA shop;
CREATE DOMAIN shop.email AS text CHECK (VALUE LIKE '%@%');
CREATE DOMAIN shop.quantity AS integer NOT NULL CHECK (VALUE >= 0);
CREATE DOMAIN shop.tags AS text[];

CREATE TABLE shop.customer (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email shop.email NOT NULL,
    backup_email shop.email,
    tags shop.tags
);

CREATE TABLE shop.stock (
    sku text PRIMARY KEY,
    on_hand shop.quantity,
    price numeric(12, 2) NOT NULL
);

CREATE VIEW shop.stock_value AS
SELECT sku, on_hand, price * on_hand AS value, on_hand = 0 AS sold_out FROM shop.stock;

CREATE MATERIALIZED VIEW shop.customer_domains AS
SELECT split_part(email, '@', 2) AS domain, count(*) AS customers FROM shop.customer GROUP BY 1;
COMMENT ON VIEW shop.stock_value IS 'Stock and its value at list price.';
