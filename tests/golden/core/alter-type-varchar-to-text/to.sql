-- case: changing varchar(n) and unbounded varchar columns to text keeps data and the index on the column.
CREATE TABLE articles (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    slug text NOT NULL
);
CREATE INDEX articles_title_idx ON articles (title);
