DO $$
BEGIN
    ASSERT (SELECT count(*) FROM users) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM users WHERE plan = 'free' AND billing_account_id IS NULL) = 2, 'new columns not defaulted';
    ASSERT (SELECT email FROM users WHERE id = 2) = 'b@x', 'email changed';
END $$;
