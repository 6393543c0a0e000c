DO $$
BEGIN
    ASSERT (SELECT count(*) FROM logs) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM pg_indexes WHERE tablename = 'logs') = 1, 'only the pkey index should remain';
END $$;
