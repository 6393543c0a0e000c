DO $$
BEGIN
    ASSERT (SELECT count(*) FROM sessions) = 2, 'rows lost';
    ASSERT (SELECT pg_typeof(user_id)::text FROM sessions LIMIT 1) = 'bigint', 'column not retyped';
    ASSERT (SELECT count(*) FROM pg_policies WHERE policyname = 'sessions_own') = 1, 'policy lost';
    ASSERT (SELECT obj_description(oid, 'pg_policy') FROM pg_policy WHERE polname = 'sessions_own') = 'Users see and write their own sessions', 'policy comment lost';
END $$;
