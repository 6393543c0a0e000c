DO $$
BEGIN
    ASSERT (SELECT count(*) FROM measurements) = 3, 'rows lost';
    ASSERT (SELECT pg_typeof(readings)::text FROM measurements LIMIT 1) = 'bigint[]', 'readings not bigint[]';
    ASSERT (SELECT pg_typeof(labels)::text FROM measurements LIMIT 1) = 'text[]', 'labels not text[]';
    ASSERT (SELECT readings FROM measurements WHERE id = 1) = '{1,2,3}'::bigint[], 'readings changed';
    ASSERT (SELECT labels FROM measurements WHERE id = 1) = '{a,b}'::text[], 'labels changed';
    ASSERT (SELECT cardinality(readings) FROM measurements WHERE id = 2) = 0, 'empty array changed';
END $$;
