DO $$
BEGIN
    ASSERT to_regclass('idx_msgs_session') IS NULL, 'old index name still exists';
    ASSERT obj_description('chat_messages_session_sent_at_idx'::regclass, 'pg_class') = 'Timeline lookups', 'comment lost';
END $$;
