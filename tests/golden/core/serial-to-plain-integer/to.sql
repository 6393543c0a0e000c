-- case: a serial column becomes a plain integer: its default is dropped before its sequence (the column owning the sequence does not hold that up); the rows keep their ids.
CREATE TABLE legacy_orders (
    id integer PRIMARY KEY,
    note text
);
