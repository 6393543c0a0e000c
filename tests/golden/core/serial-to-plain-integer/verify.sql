DO $$
BEGIN
    ASSERT (SELECT string_agg(id::text, ',' ORDER BY id) FROM legacy_orders) = '1,2', 'ids lost';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_class WHERE relkind = 'S'), 'the sequence was not dropped';
END $$;
