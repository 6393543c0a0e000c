-- case: switching a UNIQUE constraint to NULLS NOT DISTINCT (PG15) and adding a new NULLS NOT DISTINCT unique on a nullable column, with data that has no duplicate NULL combinations.
CREATE TABLE devices (
    id int PRIMARY KEY,
    serial_no text UNIQUE NULLS NOT DISTINCT,
    vendor text,
    model text,
    UNIQUE NULLS NOT DISTINCT (vendor, model)
);
