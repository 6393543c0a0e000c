-- schemac rollback plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint page_views_category_id_fkey on public.page_views
ALTER TABLE public.page_views DROP CONSTRAINT page_views_category_id_fkey;

-- drop table public.page_views
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.page_views;

-- drop table public.categories
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.categories;

COMMIT;
