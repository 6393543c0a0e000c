DO $$
BEGIN
    ASSERT (SELECT count(*) FROM users) = 2, 'rows lost';
    ASSERT (SELECT display_name FROM active_users WHERE id = 1) = 'Ann', 'display_name not in the view';
    ASSERT (SELECT count(*) FROM active_user_emails) = 1, 'dependent view broken';
END $$;
