DO $$
BEGIN
    ASSERT (SELECT prosecdef FROM pg_proc WHERE oid = 'users.account_exists(text)'::regprocedure), 'not security definer';
    ASSERT (SELECT proconfig FROM pg_proc WHERE oid = 'users.account_exists(text)'::regprocedure) = '{"search_path=\"\""}', 'search_path not pinned';
    ASSERT has_function_privilege('app_reader', 'users.account_exists(text)', 'EXECUTE'), 'grant lost';
    ASSERT NOT has_function_privilege('app_writer', 'users.account_exists(text)', 'EXECUTE'), 'PUBLIC execute came back';
END $$;
