DO $$
BEGIN
    ASSERT (SELECT count(*) FROM docs) = 4, 'rows lost';
    ASSERT (SELECT count(*) FROM docs WHERE status = 'active') = 2, 'active rows changed';
    ASSERT (SELECT status::text FROM docs WHERE id = 3) = 'archived', 'archived row changed';
    ASSERT (SELECT enum_range(NULL::doc_status)::text) = '{draft,active,archived}', 'labels wrong';
    ASSERT (SELECT count(*) FROM pg_type WHERE typtype = 'e') = 1, 'old enum type left behind';
    ASSERT to_regclass('docs_active_idx') IS NOT NULL, 'partial index missing';
END $$;
