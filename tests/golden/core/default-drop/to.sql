-- case: dropping column defaults leaves the previously defaulted values in existing rows.
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    status varchar(20),
    retries int NOT NULL,
    created_at timestamptz
);
