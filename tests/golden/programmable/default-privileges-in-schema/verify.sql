DO $$
BEGIN
    ASSERT NOT has_table_privilege('app_reader', 'analytics.metrics', 'SELECT'), 'existing table must not get the default privilege';
    ASSERT (SELECT count(*) FROM pg_default_acl) = 4, 'expected four default ACL entries';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_default_acl d, aclexplode(d.defaclacl) a WHERE a.grantee = 'app_writer'::regrole), 'app_writer default not revoked';
END $$;
