-- case: adding an attribute to a composite type that a table column uses needs ALTER TYPE ... ADD ATTRIBUTE ... CASCADE; stored values keep their fields and get NULL for the new one.
CREATE TYPE postal_address AS (
    street text,
    city text,
    postal_code text,
    country_code char(2)
);

CREATE TABLE schools (
    id integer PRIMARY KEY,
    name text NOT NULL,
    address postal_address
);
