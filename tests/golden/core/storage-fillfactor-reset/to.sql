-- case: removing a storage parameter returns it to the built-in default via ALTER TABLE ... RESET (fillfactor), not SET (fillfactor = 100).
CREATE TABLE counters (
    id int PRIMARY KEY,
    hits bigint NOT NULL DEFAULT 0
);
