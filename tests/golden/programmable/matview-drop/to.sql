-- case: dropping a materialized view drops its indexes with it and leaves the base table's rows alone.
CREATE TABLE metrics (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    value double precision NOT NULL
);
