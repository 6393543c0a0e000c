CREATE TABLE ratings (
    id int PRIMARY KEY,
    stars int NOT NULL CHECK (stars BETWEEN 1 AND 5),
    taken_on date,
    CONSTRAINT ratings_date_window CHECK (taken_on BETWEEN '2020-01-01' AND '2030-12-31')
);
CREATE INDEX ratings_mid_idx ON ratings (id) WHERE stars BETWEEN 2 AND 4;
