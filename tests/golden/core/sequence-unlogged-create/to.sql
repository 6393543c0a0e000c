-- case: UNLOGGED sequences are created UNLOGGED, and a serial column of an UNLOGGED table gets an unlogged sequence as PostgreSQL gives it one; a logged table's stays logged.
CREATE UNLOGGED SEQUENCE ticket_numbers START 1000;

CREATE UNLOGGED TABLE scratch_rows (
    id serial PRIMARY KEY,
    payload text
);

CREATE TABLE kept_rows (
    id bigserial PRIMARY KEY
);
