-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.mark_post_edited()
CREATE FUNCTION public.mark_post_edited()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    IF NEW.body IS DISTINCT FROM OLD.body THEN
        NEW.edited := true;
    END IF;
    RETURN NEW;
END;
$function$;

-- create function public.log_post_op()
CREATE FUNCTION public.log_post_op()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO public.classroom_post_log (op) VALUES (TG_OP);
    RETURN NULL;
END;
$function$;

-- create trigger classroom_posts_mark_edited on public.classroom_posts
CREATE TRIGGER classroom_posts_mark_edited BEFORE UPDATE ON public.classroom_posts FOR EACH ROW EXECUTE FUNCTION public.mark_post_edited();

-- create trigger classroom_posts_log_truncate on public.classroom_posts
CREATE TRIGGER classroom_posts_log_truncate AFTER TRUNCATE ON public.classroom_posts FOR EACH STATEMENT EXECUTE FUNCTION public.log_post_op();

COMMIT;
