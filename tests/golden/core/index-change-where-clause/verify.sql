DO $$
BEGIN
    ASSERT (SELECT count(*) FROM jobs) = 2, 'rows lost';
    ASSERT (SELECT indexdef FROM pg_indexes WHERE indexname = 'jobs_runnable_idx') LIKE '%attempts < 5%', 'predicate not changed';
END $$;
