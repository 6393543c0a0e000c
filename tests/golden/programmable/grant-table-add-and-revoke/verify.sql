DO $$
BEGIN
    ASSERT NOT has_table_privilege('app_writer', 'classrooms', 'DELETE'), 'DELETE not revoked';
    ASSERT has_table_privilege('app_writer', 'classrooms', 'UPDATE'), 'UPDATE lost';
    ASSERT NOT has_table_privilege('app_admin', 'classrooms', 'TRUNCATE'), 'TRUNCATE not revoked';
    ASSERT has_table_privilege('app_admin', 'classrooms', 'TRIGGER'), 'TRIGGER lost';
    ASSERT (SELECT relacl::text FROM pg_class WHERE oid = 'classrooms'::regclass) LIKE '%,=r/%', 'PUBLIC SELECT missing';
END $$;
