CREATE TABLE parents (
    id int PRIMARY KEY
);
CREATE TABLE t (
    id int PRIMARY KEY,
    email text UNIQUE,
    a int REFERENCES parents,
    price numeric CHECK (price > 0),
    lo int,
    hi int,
    CHECK (lo < hi),
    UNIQUE (lo, hi)
);
CREATE INDEX ON t (lower(email));
CREATE INDEX ON t (a, price);
CREATE TABLE u (
    id bigserial PRIMARY KEY,
    n int GENERATED ALWAYS AS IDENTITY
);
