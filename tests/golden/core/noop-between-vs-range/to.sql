-- case: BETWEEN a AND b is stored as (x >= a AND x <= b), so writing the expanded comparison (with or without explicit casts and parentheses) is an empty diff.
CREATE TABLE ratings (
    id int PRIMARY KEY,
    stars int NOT NULL CHECK (stars >= 1 AND stars <= 5),
    taken_on date,
    CONSTRAINT ratings_date_window CHECK (((taken_on >= '2020-01-01'::date) AND (taken_on <= '2030-12-31'::date)))
);
CREATE INDEX ratings_mid_idx ON ratings (id) WHERE (stars >= 2) AND (stars <= 4);
