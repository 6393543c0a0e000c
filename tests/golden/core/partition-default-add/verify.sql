DO $$
BEGIN
    ASSERT (SELECT count(*) FROM events) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM events_2024) = 2, 'rows moved';
    ASSERT (SELECT pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname = 'events_other') = 'DEFAULT', 'default partition missing';
END $$;
