DO $$
BEGIN
    ASSERT NOT has_column_privilege('app_reader', 'users', 'email', 'SELECT'), 'email still readable';
    ASSERT has_column_privilege('app_reader', 'users', 'display_name', 'SELECT'), 'display_name not readable';
    ASSERT has_column_privilege('app_writer', 'users', 'display_name', 'UPDATE'), 'display_name not updatable';
    ASSERT NOT has_column_privilege('app_writer', 'users', 'email', 'UPDATE'), 'email updatable';
    ASSERT NOT has_table_privilege('app_reader', 'users', 'SELECT'), 'table-level SELECT appeared';
    ASSERT (SELECT relacl FROM pg_class WHERE oid = 'users'::regclass) IS NULL, 'table ACL should stay default';
END $$;
