-- schemac rollback plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop trigger classroom_posts_log_truncate on public.classroom_posts
DROP TRIGGER classroom_posts_log_truncate ON public.classroom_posts;

-- drop trigger classroom_posts_mark_edited on public.classroom_posts
DROP TRIGGER classroom_posts_mark_edited ON public.classroom_posts;

-- drop function public.log_post_op()
DROP FUNCTION public.log_post_op();

-- drop function public.mark_post_edited()
DROP FUNCTION public.mark_post_edited();

COMMIT;
