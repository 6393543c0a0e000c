DO $$
BEGIN
    ASSERT (SELECT count(*) FROM logins) = 2, 'rows lost';
    ASSERT (SELECT id FROM logins WHERE email = 'ann@example.com') = 1, 'email not case-insensitive';
    ASSERT (SELECT email::text FROM logins WHERE id = 1) = 'Ann@Example.com', 'original case lost';
END $$;
