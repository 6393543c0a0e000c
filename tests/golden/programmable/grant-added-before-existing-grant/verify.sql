DO $$
BEGIN
    ASSERT has_table_privilege('app_reader', 'surprises', 'SELECT'), 'app_reader SELECT missing';
    ASSERT has_table_privilege('app_writer', 'surprises', 'INSERT'), 'app_writer INSERT lost';
END $$;
