DO $$
BEGIN
    ASSERT (SELECT count(*) FROM nps_responses) = 2, 'rows lost';
    ASSERT (SELECT NOT relrowsecurity AND NOT relforcerowsecurity FROM pg_class WHERE oid = 'nps_responses'::regclass), 'RLS still on';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'nps_responses'), 'policy still exists';
END $$;
