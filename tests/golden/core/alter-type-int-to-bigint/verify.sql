DO $$
BEGIN
    ASSERT (SELECT count(*) FROM events) = 3, 'rows lost';
    ASSERT (SELECT pg_typeof(id)::text FROM events LIMIT 1) = 'bigint', 'id is not bigint';
    ASSERT (SELECT pg_typeof(counter)::text FROM events LIMIT 1) = 'bigint', 'counter is not bigint';
    ASSERT (SELECT counter FROM events WHERE id = 2) = 2147483647, 'value changed';
    ASSERT (SELECT note FROM events WHERE id = 2) = 'b', 'note changed';
END $$;
