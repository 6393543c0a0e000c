-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- enable trigger chat_messages_flag on public.chat_messages
ALTER TABLE public.chat_messages ENABLE TRIGGER chat_messages_flag;

-- enable (always) trigger chat_messages_flag_always on public.chat_messages
ALTER TABLE public.chat_messages ENABLE ALWAYS TRIGGER chat_messages_flag_always;

-- enable (replica)  trigger chat_messages_flag_replica on public.chat_messages
ALTER TABLE public.chat_messages ENABLE REPLICA TRIGGER chat_messages_flag_replica;

COMMIT;
