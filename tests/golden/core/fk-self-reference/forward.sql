-- schemac forward plan: 1 step
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint categories_parent_id_fkey on public.categories
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.categories ADD CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.categories (id) ON DELETE CASCADE;

COMMIT;
