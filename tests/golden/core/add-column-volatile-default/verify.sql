DO $$
BEGIN
    ASSERT (SELECT count(*) FROM sessions) = 3, 'rows lost';
    ASSERT (SELECT count(DISTINCT token) FROM sessions) = 3, 'each row needs its own uuid';
    ASSERT (SELECT count(*) FROM sessions WHERE created_at IS NOT NULL) = 3, 'created_at not filled';
    ASSERT (SELECT user_name FROM sessions WHERE id = 3) = 'cy', 'user_name changed';
END $$;
