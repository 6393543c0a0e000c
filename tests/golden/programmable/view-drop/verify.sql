DO $$
BEGIN
    ASSERT (SELECT count(*) FROM users) = 2, 'rows lost';
    ASSERT to_regclass('public.deleted_users') IS NULL, 'deleted_users still exists';
    ASSERT (SELECT count(*) FROM active_users) = 1, 'active_users changed';
END $$;
