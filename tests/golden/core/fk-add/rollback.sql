-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint books_coauthor_fk on public.books
ALTER TABLE public.books DROP CONSTRAINT books_coauthor_fk;

-- drop constraint books_author_id_fkey on public.books
ALTER TABLE public.books DROP CONSTRAINT books_author_id_fkey;

COMMIT;
