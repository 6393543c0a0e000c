DO $$
BEGIN
    ASSERT NOT has_function_privilege('app_reader', 'users.reset_password_token(bigint)', 'EXECUTE'), 'PUBLIC still has EXECUTE';
    ASSERT has_function_privilege('app_admin', 'users.reset_password_token(bigint)', 'EXECUTE'), 'app_admin missing EXECUTE';
    ASSERT has_function_privilege('app_reader', 'users.display_initials(text)', 'EXECUTE'), 'PUBLIC EXECUTE not restored';
END $$;
