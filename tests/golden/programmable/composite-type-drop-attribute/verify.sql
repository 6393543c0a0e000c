DO $$
BEGIN
    ASSERT (SELECT count(*) FROM chat_transcripts) = 2, 'rows lost';
    ASSERT (SELECT (last_turn).message FROM chat_transcripts WHERE id = 1) = 'Hello!', 'other attributes lost';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = (SELECT typrelid FROM pg_type WHERE typname = 'chat_turn') AND attname = 'legacy_score' AND NOT attisdropped), 'attribute still there';
END $$;
