DO $$
BEGIN
    ASSERT (SELECT locale FROM users WHERE id = 1) = 'en', 'existing row changed';
    INSERT INTO users (id) VALUES (2);
    ASSERT (SELECT locale || '/' || theme FROM users WHERE id = 2) = 'en-US/classic', 'new domain defaults not applied';
    DELETE FROM users WHERE id = 2;
END $$;
