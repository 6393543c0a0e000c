DO $$
BEGIN
    ASSERT (SELECT count(*) FROM memory_fragments) = 2, 'rows lost';
    ASSERT (SELECT relrowsecurity AND NOT relforcerowsecurity FROM pg_class WHERE oid = 'memory_fragments'::regclass), 'RLS not enabled';
    ASSERT (SELECT count(*) FROM pg_policies WHERE tablename = 'memory_fragments') = 2, 'policies missing';
    ASSERT (SELECT cmd || ':' || array_to_string(roles, ',') FROM pg_policies WHERE policyname = 'memory_fragments_owner_write') = 'INSERT:app_writer', 'wrong insert policy';
END $$;
