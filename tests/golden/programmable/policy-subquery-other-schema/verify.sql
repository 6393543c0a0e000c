DO $$
BEGIN
    ASSERT EXISTS (SELECT 1 FROM pg_depend WHERE classid = 'pg_policy'::regclass AND refobjid = 'users.memberships'::regclass), 'policy does not depend on users.memberships';
    ASSERT (SELECT relrowsecurity FROM pg_class WHERE oid = 'classroom.submissions'::regclass), 'RLS not enabled';
END $$;
