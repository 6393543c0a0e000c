DO $$
BEGIN
    ASSERT (SELECT last_at FROM child_chat_summary(1)) = '2024-12-02 07:00:00+00', 'last_at missing';
END $$;
