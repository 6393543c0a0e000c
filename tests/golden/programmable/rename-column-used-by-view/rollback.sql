-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename column public.books.name to column public.books.title
ALTER TABLE public.books RENAME COLUMN name TO title;

-- drop view public.book_titles
DROP VIEW public.book_titles;

-- create view public.book_titles
CREATE VIEW public.book_titles (id, title) AS
SELECT books.id, books.title FROM books;

COMMIT;
