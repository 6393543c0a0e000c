DO $$
BEGIN
    ASSERT (SELECT count(*) FROM telemetry_events) = 2, 'rows lost';
    ASSERT NOT (SELECT relispopulated FROM pg_class WHERE oid = 'daily_event_counts'::regclass), 'matview should not be populated';
END $$;
