-- case: changing an existing fillfactor value (70 to 50) in place.
CREATE TABLE counters (
    id int PRIMARY KEY,
    hits bigint NOT NULL DEFAULT 0
) WITH (fillfactor = 50);
