-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function public.recent_messages(bigint, integer)
CREATE OR REPLACE FUNCTION public.recent_messages(p_session_id bigint, p_limit integer DEFAULT 2)
  RETURNS SETOF public.chat_messages
  LANGUAGE sql
  STABLE
AS $function$ SELECT * FROM chat_messages WHERE session_id = p_session_id ORDER BY sent_at DESC LIMIT p_limit $function$;

COMMIT;
