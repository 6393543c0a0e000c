-- case: adding nullable columns keeps existing rows and leaves the new columns NULL.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL,
    nickname varchar(40),
    last_seen_at timestamptz
);
