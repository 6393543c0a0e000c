-- case: dropping an identity keeps the column, its NOT NULL (from the PK) and its values, and removes the implicit identity sequence.
CREATE TABLE widgets (
    id int PRIMARY KEY,
    name text NOT NULL
);
