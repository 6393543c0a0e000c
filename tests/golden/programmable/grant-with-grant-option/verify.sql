DO $$
BEGIN
    ASSERT has_table_privilege('app_admin', 'calendars', 'SELECT WITH GRANT OPTION'), 'app_admin lacks the grant option';
    ASSERT has_table_privilege('app_writer', 'calendars', 'UPDATE'), 'app_writer lost UPDATE';
    ASSERT NOT has_table_privilege('app_writer', 'calendars', 'UPDATE WITH GRANT OPTION'), 'app_writer still has the UPDATE grant option';
    ASSERT has_table_privilege('app_writer', 'calendars', 'SELECT WITH GRANT OPTION'), 'app_writer lost the SELECT grant option';
END $$;
