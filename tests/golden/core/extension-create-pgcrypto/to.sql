-- case: creating the pgcrypto extension must precede a new column whose default calls one of its functions (gen_random_bytes); existing rows get distinct salts.
CREATE EXTENSION pgcrypto;

CREATE TABLE credentials (
    id int PRIMARY KEY,
    username text NOT NULL,
    salt bytea NOT NULL DEFAULT gen_random_bytes(16)
);
