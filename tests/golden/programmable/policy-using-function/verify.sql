DO $$
BEGIN
    PERFORM set_config('app.user_id', '', true);
    ASSERT app.current_user_id() IS NULL, 'empty setting should map to NULL';
    ASSERT EXISTS (SELECT 1 FROM pg_depend WHERE classid = 'pg_policy'::regclass AND refobjid = 'app.current_user_id()'::regprocedure), 'policy does not depend on the function';
END $$;
