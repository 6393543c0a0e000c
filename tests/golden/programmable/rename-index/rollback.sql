-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename index public.chat_messages_session_sent_at_idx to index public.idx_msgs_session
ALTER INDEX public.chat_messages_session_sent_at_idx RENAME TO idx_msgs_session;

COMMIT;
