-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename column public.books.title to column public.books.name
ALTER TABLE public.books RENAME COLUMN title TO name;

-- drop view public.book_titles
DROP VIEW public.book_titles;

-- create view public.book_titles
CREATE VIEW public.book_titles (id, name) AS
SELECT books.id, books.name FROM books;

COMMIT;
