-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- disable trigger chat_messages_flag on public.chat_messages
ALTER TABLE public.chat_messages DISABLE TRIGGER chat_messages_flag;

-- enable (replica)  trigger chat_messages_flag_always on public.chat_messages
ALTER TABLE public.chat_messages ENABLE REPLICA TRIGGER chat_messages_flag_always;

-- enable trigger chat_messages_flag_replica on public.chat_messages
ALTER TABLE public.chat_messages ENABLE TRIGGER chat_messages_flag_replica;

COMMIT;
