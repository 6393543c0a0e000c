-- case: an operator class named with its schema (public.gin_trgm_ops) is the one PostgreSQL prints without it: no change.
CREATE EXTENSION pg_trgm;
CREATE TABLE book (id bigint PRIMARY KEY, title text NOT NULL);
CREATE INDEX book_title_trgm_idx ON book USING gin (title public.gin_trgm_ops);
