CREATE TABLE customers (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text
);

CREATE INDEX customers_name_idx ON customers (name);

CREATE VIEW customer_emails AS
    SELECT id, email FROM customers;

GRANT SELECT ON customers TO app_reader;
