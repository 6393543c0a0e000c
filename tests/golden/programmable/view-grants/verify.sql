DO $$
BEGIN
    ASSERT has_table_privilege('app_reader', 'nps_public', 'SELECT'), 'app_reader cannot select';
    ASSERT NOT has_table_privilege('app_writer', 'nps_public', 'SELECT'), 'app_writer still can select';
    ASSERT has_table_privilege('app_admin', 'nps_public', 'UPDATE'), 'app_admin cannot update';
END $$;
