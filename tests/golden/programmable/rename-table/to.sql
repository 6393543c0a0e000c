-- case: a table renamed by annotation is ALTER TABLE ... RENAME (data, grants and the dependent view kept; the view follows by OID); implicitly named constraints keep their old names unless renamed too, so names written explicitly here stay customers_*.
-- schemac:renamed-from customers
CREATE TABLE clients (
    id bigint CONSTRAINT customers_pkey PRIMARY KEY,
    email text NOT NULL CONSTRAINT customers_email_key UNIQUE,
    name text
);

CREATE INDEX customers_name_idx ON clients (name);

CREATE VIEW customer_emails AS
    SELECT id, email FROM clients;

GRANT SELECT ON clients TO app_reader;
