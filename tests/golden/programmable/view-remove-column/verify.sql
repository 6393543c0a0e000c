DO $$
BEGIN
    ASSERT (SELECT count(*) FROM users) = 2, 'rows lost';
    ASSERT (SELECT phone FROM users WHERE id = 1) = '555-0100', 'table column must not be touched';
    ASSERT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'user_directory' AND column_name = 'phone'), 'phone still in the view';
    ASSERT has_table_privilege('app_reader', 'user_directory', 'SELECT'), 'grant lost on recreate';
    ASSERT obj_description('user_directory'::regclass, 'pg_class') = 'Directory listing for staff tools', 'comment lost on recreate';
END $$;
