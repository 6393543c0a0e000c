DO $$
BEGIN
    ASSERT (SELECT qual FROM pg_policies WHERE policyname = 'calendars_owner') LIKE '%archived%', 'USING not changed';
    ASSERT (SELECT with_check FROM pg_policies WHERE policyname = 'calendars_owner') IS NOT NULL, 'WITH CHECK missing';
END $$;
