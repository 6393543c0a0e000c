-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename index public.idx_msgs_session to index public.chat_messages_session_sent_at_idx
ALTER INDEX public.idx_msgs_session RENAME TO chat_messages_session_sent_at_idx;

COMMIT;
