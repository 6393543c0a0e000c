CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL
);

GRANT SELECT, INSERT, UPDATE, DELETE ON classrooms TO app_writer;
GRANT SELECT ON classrooms TO app_reader;
GRANT ALL ON classrooms TO app_admin;
