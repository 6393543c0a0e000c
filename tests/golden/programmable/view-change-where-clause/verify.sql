DO $$
BEGIN
    ASSERT (SELECT count(*) FROM assignments) = 4, 'rows lost';
    ASSERT (SELECT string_agg(id::text, ',' ORDER BY id) FROM open_assignments) = '2,3', 'view still uses the old WHERE clause';
END $$;
