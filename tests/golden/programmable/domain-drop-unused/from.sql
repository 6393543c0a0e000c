CREATE DOMAIN legacy_code AS varchar(8)
    CHECK (VALUE ~ '^[A-Z0-9]+$');

CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL,
    code legacy_code
);
