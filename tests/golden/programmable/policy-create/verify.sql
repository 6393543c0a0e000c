DO $$
BEGIN
    ASSERT (SELECT count(*) FROM pg_policies WHERE tablename = 'assignments') = 4, 'policies missing';
    ASSERT (SELECT permissive FROM pg_policies WHERE policyname = 'assignments_not_archived') = 'RESTRICTIVE', 'not restrictive';
    ASSERT (SELECT with_check FROM pg_policies WHERE policyname = 'assignments_admin_update') = '(classroom_id > 0)', 'with check wrong';
END $$;
