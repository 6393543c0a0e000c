DO $$
BEGIN
    ASSERT (SELECT count(*) FROM invoices) = 3, 'rows lost';
    ASSERT (SELECT count(*) FROM invoices_2024) = 2, 'partition rows lost';
    ASSERT (SELECT pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname = 'invoices_2024') = 'FOR VALUES FROM (''2024-01-01'') TO (''2026-01-01'')', 'bounds not changed';
END $$;
