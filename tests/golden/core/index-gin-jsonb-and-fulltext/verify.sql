DO $$
BEGIN
    ASSERT (SELECT count(*) FROM documents) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM pg_indexes WHERE tablename = 'documents' AND indexdef LIKE '%USING gin%') = 5, 'expected 5 gin indexes';
END $$;
