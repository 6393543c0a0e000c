DO $$
BEGIN
    ASSERT (SELECT count(*) FROM incidents) = 2, 'rows lost';
    ASSERT (SELECT sev::text FROM incidents WHERE id = 1) = 'low', 'value changed';
    ASSERT (SELECT enum_range(NULL::severity)::text) = '{trivial,low,medium,high,critical}', 'labels or order wrong';
    ASSERT 'medium'::severity < 'high'::severity, 'sort order wrong';
END $$;
