DO $$
BEGIN
    ASSERT (SELECT count(*) FROM import_staging) = 2, 'rows lost';
    ASSERT (SELECT relpersistence FROM pg_class WHERE relname = 'import_staging') = 'u', 'table not unlogged';
END $$;
