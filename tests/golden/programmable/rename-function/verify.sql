DO $$
BEGIN
    ASSERT to_regprocedure('lower_email()') IS NULL, 'old name still exists';
    INSERT INTO users VALUES (1, 'Ann@Example.com');
    ASSERT (SELECT email FROM users WHERE id = 1) = 'ann@example.com', 'trigger broken';
    DELETE FROM users;
END $$;
