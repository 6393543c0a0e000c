DO $$
BEGIN
    ASSERT (SELECT string_agg(tgname::text || '=' || tgenabled::text, ',' ORDER BY tgname) FROM pg_trigger WHERE tgrelid = 'chat_messages'::regclass)
        = 'chat_messages_flag=O,chat_messages_flag_always=A,chat_messages_flag_replica=R', 'wrong enabled states';
END $$;
