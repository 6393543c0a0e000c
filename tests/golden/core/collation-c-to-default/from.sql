CREATE TABLE tags (
    id integer PRIMARY KEY,
    name varchar(64) COLLATE "C" NOT NULL,
    description text
);
CREATE UNIQUE INDEX tags_name_idx ON tags (name);
