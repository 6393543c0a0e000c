-- schemac rollback plan: 2 steps
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint posts_author_fk on public.posts
ALTER TABLE public.posts DROP CONSTRAINT posts_author_fk;

-- add constraint posts_author_fk on public.posts
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.posts ADD CONSTRAINT posts_author_fk FOREIGN KEY (tenant_id, author_id) REFERENCES public.users (tenant_id, id) ON DELETE SET NULL;

COMMIT;
