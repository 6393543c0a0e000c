CREATE TYPE postal_address AS (
    street varchar(80),
    zip int4,
    verified bool
);

CREATE TABLE schools (
    id integer PRIMARY KEY,
    address postal_address
);

CREATE MATERIALIZED VIEW school_zips AS
    SELECT id, (address).zip AS zip FROM schools;

CREATE UNIQUE INDEX school_zips_id_idx ON school_zips (id);

COMMENT ON MATERIALIZED VIEW school_zips IS 'Zip per school';
