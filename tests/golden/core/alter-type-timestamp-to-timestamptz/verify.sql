DO $$
BEGIN
    ASSERT (SELECT count(*) FROM orders) = 2, 'rows lost';
    ASSERT (SELECT pg_typeof(placed_at)::text FROM orders LIMIT 1) = 'timestamp with time zone', 'placed_at not timestamptz';
    ASSERT (SELECT pg_typeof(shipped_at)::text FROM orders LIMIT 1) = 'timestamp with time zone', 'shipped_at not timestamptz';
    ASSERT (SELECT placed_at::timestamp FROM orders WHERE id = 1) = '2024-01-02 03:04:05'::timestamp, 'wall-clock value changed';
    ASSERT (SELECT shipped_at IS NULL FROM orders WHERE id = 1), 'NULL not kept';
END $$;
