-- case: default privileges are applied when a table is created, so the desired ACL of a table depends on the ALTER DEFAULT PRIVILEGES above it in the file: the new table gets app_reader SELECT without any GRANT written, and the existing table, which got app_writer privileges from the old defaults, must lose them.
CREATE SCHEMA classroom;

ALTER DEFAULT PRIVILEGES IN SCHEMA classroom GRANT SELECT ON TABLES TO app_reader;

CREATE TABLE classroom.rooms (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE classroom.seating_charts (
    id bigint PRIMARY KEY,
    room_id integer NOT NULL REFERENCES classroom.rooms (id),
    layout jsonb NOT NULL DEFAULT '{}'
);
