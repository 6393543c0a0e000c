CREATE TYPE geo_point AS (
    lat real,
    lon real
);

CREATE TABLE schools (
    id integer PRIMARY KEY,
    name text NOT NULL,
    location geo_point
);
