DO $$
BEGIN
    ASSERT has_schema_privilege('app_reader', 'analytics', 'USAGE'), 'analytics usage missing';
    ASSERT has_schema_privilege('app_admin', 'analytics', 'CREATE'), 'analytics create missing';
    ASSERT NOT has_schema_privilege('app_reader', 'classroom', 'USAGE'), 'classroom usage not revoked';
    ASSERT has_schema_privilege('app_writer', 'classroom', 'USAGE'), 'classroom usage for app_writer missing';
END $$;
