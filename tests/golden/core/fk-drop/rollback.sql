-- schemac rollback plan: 2 steps
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint books_author_id_fkey on public.books
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors (id);

-- add constraint books_editor_fk on public.books
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.books ADD CONSTRAINT books_editor_fk FOREIGN KEY (editor_id) REFERENCES public.authors (id) ON DELETE SET NULL;

COMMIT;
