-- case: dropping a stored generated column (and its index) keeps the base columns and rows; rollback re-adds and recomputes it.
CREATE TABLE rectangles (
    id integer PRIMARY KEY,
    width double precision NOT NULL,
    height double precision NOT NULL
);
