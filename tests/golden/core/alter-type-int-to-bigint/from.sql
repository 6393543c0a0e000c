CREATE TABLE events (
    id integer PRIMARY KEY,
    counter int4 NOT NULL DEFAULT 0,
    note text
);
