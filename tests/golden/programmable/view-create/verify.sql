DO $$
BEGIN
    ASSERT (SELECT count(*) FROM users) = 3, 'rows lost';
    ASSERT (SELECT count(*) FROM active_users) = 2, 'active_users should hide the deleted user';
    ASSERT (SELECT string_agg(email, ',' ORDER BY id) FROM active_users) = 'ann@example.com,cy@example.com', 'wrong rows in active_users';
END $$;
