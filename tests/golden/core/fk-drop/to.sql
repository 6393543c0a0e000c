-- case: dropping an unnamed and a named foreign key keeps the referencing columns and rows.
CREATE TABLE authors (
    id integer PRIMARY KEY
);
CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer,
    editor_id integer
);
