DO $$
BEGIN
    ASSERT (SELECT count(*) FROM users) = 2, 'rows lost';
    ASSERT (SELECT username FROM users WHERE id = 2) = 'bob_the_builder_2000', 'username changed';
    ASSERT (SELECT character_maximum_length FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'username') = 100, 'length not 100';
END $$;
