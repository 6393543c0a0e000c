DO $$
BEGIN
    ASSERT (SELECT count(*) FROM people) = 2, 'rows lost';
    ASSERT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'), 'pg_trgm missing';
    ASSERT to_regclass('people_full_name_trgm_idx') IS NOT NULL, 'trgm index missing';
END $$;
