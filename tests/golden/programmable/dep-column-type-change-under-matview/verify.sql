DO $$
BEGIN
    ASSERT (SELECT count(*) FROM page_views) = 3, 'rows lost';
    ASSERT (SELECT total_ms FROM classroom_view_time WHERE classroom_id = 1) = 4000000000, 'matview not repopulated';
    ASSERT pg_typeof((SELECT total_ms FROM classroom_view_time LIMIT 1))::text = 'numeric', 'matview column type not recomputed';
    ASSERT has_table_privilege('app_reader', 'classroom_view_time', 'SELECT'), 'grant lost';
END $$;
