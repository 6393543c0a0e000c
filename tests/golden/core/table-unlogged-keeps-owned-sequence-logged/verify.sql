DO $$
BEGIN
    ASSERT (SELECT count(*) FROM import_staging) = 2, 'rows lost';
    ASSERT (SELECT string_agg(relname || '=' || relpersistence::text, ',' ORDER BY relname) FROM pg_class
            WHERE relname IN ('import_staging', 'import_staging_id_seq', 'import_batch_seq'))
        = 'import_batch_seq=p,import_staging=u,import_staging_id_seq=u', 'persistence differs';
END $$;
