-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop policy discussion_posts_author on public.discussion_posts
DROP POLICY discussion_posts_author ON public.discussion_posts;

-- create policy discussion_posts_author on public.discussion_posts
CREATE POLICY discussion_posts_author ON public.discussion_posts AS PERMISSIVE FOR ALL TO app_writer USING (author_id = current_setting('app.user_id', true)::bigint);

COMMIT;
