-- case: adding NOT NULL columns with constant defaults back-fills existing rows with the default values.
CREATE TABLE products (
    id int4 PRIMARY KEY,
    name text NOT NULL,
    in_stock boolean NOT NULL DEFAULT true,
    quantity integer DEFAULT 0 NOT NULL,
    currency char(3) NOT NULL DEFAULT 'EUR'
);
