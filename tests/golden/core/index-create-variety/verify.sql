DO $$
BEGIN
    ASSERT (SELECT count(*) FROM accounts) = 3, 'rows lost';
    ASSERT (SELECT count(*) FROM pg_indexes WHERE tablename = 'accounts') = 7, 'expected 7 indexes (6 + pkey)';
END $$;
