-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint categories_parent_id_fkey on public.categories
ALTER TABLE public.categories DROP CONSTRAINT categories_parent_id_fkey;

COMMIT;
