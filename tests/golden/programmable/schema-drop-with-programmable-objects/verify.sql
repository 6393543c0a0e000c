DO $$
BEGIN
    ASSERT (SELECT count(*) FROM orders) = 1, 'rows lost';
    ASSERT to_regnamespace('reporting') IS NULL, 'schema still exists';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_default_acl), 'default privileges left behind';
END $$;
