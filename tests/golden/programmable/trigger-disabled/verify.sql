DO $$
BEGIN
    ASSERT (SELECT email FROM users WHERE id = 1) = 'ann@example.com', 'existing row changed';
    ASSERT (SELECT tgenabled FROM pg_trigger WHERE tgname = 'users_lowercase_email') = 'D', 'trigger not disabled';
    INSERT INTO users VALUES (2, 'Bob@Example.com');
    ASSERT (SELECT email FROM users WHERE id = 2) = 'Bob@Example.com', 'disabled trigger fired';
    DELETE FROM users WHERE id = 2;
END $$;
