DO $$
BEGIN
    ASSERT (SELECT count(*) FROM users) = 2, 'rows lost';
    ASSERT (SELECT email_address FROM users WHERE id = 1) = 'ann@example.com', 'email values lost: column dropped and added instead of renamed';
    ASSERT (SELECT nickname FROM users WHERE id = 1) = 'annie', 'nick values lost';
    ASSERT has_column_privilege('app_reader', 'users', 'email_address', 'SELECT'), 'column grant lost';
END $$;
