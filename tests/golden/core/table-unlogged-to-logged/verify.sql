DO $$
BEGIN
    ASSERT (SELECT count(*) FROM cache_entries) = 2, 'rows lost';
    ASSERT (SELECT relpersistence FROM pg_class WHERE relname = 'cache_entries') = 'p', 'table still unlogged';
END $$;
