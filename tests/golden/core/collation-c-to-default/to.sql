-- case: removing an explicit COLLATE "C" (back to the database default) and adding COLLATE "POSIX" to another column keeps the data and rebuilds the dependent unique index.
CREATE TABLE tags (
    id integer PRIMARY KEY,
    name varchar(64) NOT NULL,
    description text COLLATE "POSIX"
);
CREATE UNIQUE INDEX tags_name_idx ON tags (name);
