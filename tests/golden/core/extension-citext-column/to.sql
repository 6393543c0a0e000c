-- case: changing text/varchar columns to the citext type from the citext extension requires the extension first; the unique constraint is rebuilt and data is kept.
CREATE EXTENSION citext;

CREATE TABLE logins (
    id bigint PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    username citext NOT NULL
);
