-- case: setting a table storage parameter (fillfactor, plus autovacuum_vacuum_scale_factor) on an existing table via ALTER TABLE ... SET (...).
CREATE TABLE counters (
    id int PRIMARY KEY,
    hits bigint NOT NULL DEFAULT 0
) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05);
