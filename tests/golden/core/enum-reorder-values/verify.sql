DO $$
BEGIN
    ASSERT (SELECT count(*) FROM stock) = 3, 'rows lost';
    ASSERT (SELECT string_agg(sku, ',' ORDER BY size) FROM stock) = 'A,C,B', 'rows do not sort in the new label order';
    ASSERT (SELECT size::text FROM stock WHERE sku = 'B') = 'large', 'value changed';
END $$;
