-- case: widening integer columns (including the primary key) to bigint keeps every value, the default and the PK.
CREATE TABLE events (
    id bigint PRIMARY KEY,
    counter int8 NOT NULL DEFAULT 0,
    note text
);
