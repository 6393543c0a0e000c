-- case: PostgreSQL refuses ALTER TYPE ... ALTER ATTRIBUTE ... TYPE (even with CASCADE) while a table column uses the composite type, so the type is rebuilt: renamed away, created anew, the column converted (e.g. through text) and the old type dropped; the stored values are kept.
CREATE TYPE geo_point AS (
    lat double precision,
    lon double precision
);

CREATE TABLE schools (
    id integer PRIMARY KEY,
    name text NOT NULL,
    location geo_point
);
