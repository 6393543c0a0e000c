-- case: dropping a table that holds rows is a destructive change while the untouched sibling table remains.
CREATE TABLE keep_me (
    id int PRIMARY KEY,
    label text
);
