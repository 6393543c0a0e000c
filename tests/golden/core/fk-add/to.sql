-- case: adding an unnamed column-level FK (REFERENCES authors, no column list) and a named table-level FK onto data that satisfies them.
CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES authors,
    coauthor_id integer,
    title text NOT NULL
);
ALTER TABLE books ADD CONSTRAINT books_coauthor_fk FOREIGN KEY (coauthor_id) REFERENCES public.authors (id);
