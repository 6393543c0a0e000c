DO $$
BEGIN
    ASSERT (SELECT count(*) FROM engagement_events) = 3, 'rows lost';
    ASSERT (SELECT chat_events FROM user_engagement WHERE user_id = 1) = 1, 'matview not repopulated with the new query';
    ASSERT has_table_privilege('app_reader', 'user_engagement', 'SELECT'), 'grant lost';
    ASSERT to_regclass('user_engagement_user_id_idx') IS NOT NULL, 'unique index lost';
END $$;
