DO $$
BEGIN
    ASSERT (SELECT count(*) FROM credentials) = 2, 'rows lost';
    ASSERT (SELECT count(DISTINCT salt) FROM credentials WHERE length(salt) = 16) = 2, 'salts not generated per row';
    ASSERT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pgcrypto'), 'pgcrypto missing';
END $$;
