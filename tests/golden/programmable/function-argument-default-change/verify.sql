DO $$
BEGIN
    ASSERT (SELECT count(*) FROM chat_messages) = 3, 'rows lost';
    ASSERT (SELECT count(*) FROM recent_messages(1)) = 2, 'default still 20';
END $$;
