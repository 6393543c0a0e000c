CREATE EXTENSION pg_trgm;
CREATE TABLE book (id bigint PRIMARY KEY, title text NOT NULL);
CREATE INDEX book_title_trgm_idx ON book USING gin (title gin_trgm_ops);
