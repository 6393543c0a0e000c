DO $$
BEGIN
    ASSERT (SELECT handle FROM accounts WHERE id = 1) = '-- schemac:renamed-from nick', 'handle is not the default';
    ASSERT (SELECT email FROM accounts WHERE id = 1) = 'a@example.com', 'email changed';
END $$;
