DO $$
BEGIN
    ASSERT (SELECT count(*) FROM analytics.day_opens) = 3, 'rows lost';
    ASSERT (SELECT relispopulated FROM pg_class WHERE oid = 'analytics.calendar_open_counts'::regclass), 'matview not populated';
    ASSERT (SELECT opens FROM analytics.calendar_open_counts WHERE calendar_id = 10) = 2, 'wrong aggregate';
    REFRESH MATERIALIZED VIEW CONCURRENTLY analytics.calendar_open_counts;
END $$;
