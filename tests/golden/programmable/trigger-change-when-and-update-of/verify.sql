DO $$
BEGIN
    UPDATE users SET display_name = 'Annie' WHERE id = 1;
    ASSERT (SELECT email_verified FROM users WHERE id = 1), 'trigger fired for a display_name change';
    UPDATE users SET email = email WHERE id = 1;
    ASSERT (SELECT email_verified FROM users WHERE id = 1), 'trigger fired although WHEN is false';
    UPDATE users SET email = 'robert@example.com' WHERE id = 2;
    ASSERT NOT (SELECT email_verified FROM users WHERE id = 2), 'trigger did not fire on an email change';
END $$;
