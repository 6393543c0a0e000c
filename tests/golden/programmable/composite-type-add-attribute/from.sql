CREATE TYPE postal_address AS (
    street text,
    city text,
    postal_code text
);

CREATE TABLE schools (
    id integer PRIMARY KEY,
    name text NOT NULL,
    address postal_address
);
