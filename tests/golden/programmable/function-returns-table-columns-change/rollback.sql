-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function public.child_chat_summary(bigint)
DROP FUNCTION public.child_chat_summary(bigint);

-- create function public.child_chat_summary(bigint)
CREATE FUNCTION public.child_chat_summary(p_child_id bigint)
  RETURNS TABLE(sessions bigint, first_at timestamp with time zone)
  LANGUAGE sql
  STABLE
AS $function$ SELECT count(*), min(started_at) FROM chat_sessions WHERE child_id = p_child_id $function$;

COMMIT;
