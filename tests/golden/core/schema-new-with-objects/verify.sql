DO $$
BEGIN
    ASSERT (SELECT count(*) FROM users) = 2, 'rows lost';
    ASSERT to_regclass('analytics.events') IS NOT NULL, 'analytics.events missing';
END $$;
