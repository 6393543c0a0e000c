-- case: after RENAME COLUMN a view that selected the column still exposes it under the old output name (pg_get_viewdef prints "name AS title"), so a view declared with the new name also needs its column renamed (ALTER VIEW ... RENAME COLUMN) or replaced; data kept.
CREATE TABLE books (
    id bigint PRIMARY KEY,
    name text NOT NULL, -- schemac:renamed-from title
    author text
);

CREATE VIEW book_titles AS
    SELECT id, name FROM books;
