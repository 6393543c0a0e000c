-- case: changing the expression of a stored generated column (PostgreSQL 15 has no SET EXPRESSION, so drop and re-add) recomputes it for existing rows.
CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    display_name text GENERATED ALWAYS AS (upper(last_name) || ', ' || first_name) STORED
);
