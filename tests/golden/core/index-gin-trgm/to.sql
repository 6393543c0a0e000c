-- case: a trigram GIN index (gin_trgm_ops) and a GiST trigram index need the pg_trgm extension to exist before the indexes are created (and dropped after them on rollback).
CREATE EXTENSION pg_trgm;

CREATE TABLE people (
    id int PRIMARY KEY,
    full_name text NOT NULL
);

CREATE INDEX people_full_name_trgm_idx ON people USING gin (full_name gin_trgm_ops);
CREATE INDEX people_full_name_lower_trgm_gist ON people USING gist (lower(full_name) gist_trgm_ops);
