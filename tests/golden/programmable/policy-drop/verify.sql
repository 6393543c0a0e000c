DO $$
BEGIN
    ASSERT (SELECT array_agg(policyname) FROM pg_policies WHERE tablename = 'telemetry') = '{telemetry_insert}', 'wrong policies';
    ASSERT (SELECT relrowsecurity FROM pg_class WHERE oid = 'telemetry'::regclass), 'RLS switched off';
END $$;
