DO $$
BEGIN
    ASSERT (SELECT count(*) FROM api_tokens) = 2, 'rows lost';
    ASSERT (SELECT count(DISTINCT token) FROM api_tokens) = 2, 'tokens not generated per row';
    ASSERT (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'uuid-ossp') = 'extensions', 'extension not in schema extensions';
END $$;
