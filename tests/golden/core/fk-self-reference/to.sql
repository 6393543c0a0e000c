-- case: adding a self-referencing FK (parent_id -> same table) with ON DELETE CASCADE on a populated tree.
CREATE TABLE categories (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES categories (id) ON DELETE CASCADE,
    name text NOT NULL
);
