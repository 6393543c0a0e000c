-- case: table privileges are diffed per role and privilege: DELETE is revoked from app_writer, TRUNCATE and REFERENCES are revoked from app_admin (ALL minus two), SELECT to PUBLIC is granted, app_reader is unchanged.
CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL
);

GRANT SELECT, INSERT, UPDATE ON classrooms TO app_writer;
GRANT SELECT ON classrooms TO app_reader;
GRANT SELECT, INSERT, UPDATE, DELETE, TRIGGER ON classrooms TO app_admin;
GRANT SELECT ON classrooms TO PUBLIC;
