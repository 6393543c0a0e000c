-- schemac rollback plan: 5 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.documents_fts_title_body_idx
DROP INDEX public.documents_fts_title_body_idx;

-- drop index public.documents_fts_idx
DROP INDEX public.documents_fts_idx;

-- drop index public.documents_labels_gin
DROP INDEX public.documents_labels_gin;

-- drop index public.documents_meta_path_gin
DROP INDEX public.documents_meta_path_gin;

-- drop index public.documents_meta_gin
DROP INDEX public.documents_meta_gin;

COMMIT;
