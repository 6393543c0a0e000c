DO $$
DECLARE
    n bigint;
BEGIN
    ASSERT (SELECT count(*) FROM sessions) = 3, 'rows lost';
    ASSERT (SELECT prokind FROM pg_proc WHERE proname = 'purge_expired_sessions') = 'p', 'not a procedure';
    ASSERT has_function_privilege('app_admin', 'purge_expired_sessions(timestamptz, bigint)', 'EXECUTE'), 'grant missing';
    ASSERT NOT has_function_privilege('app_reader', 'purge_expired_sessions(timestamptz, bigint)', 'EXECUTE'), 'PUBLIC execute not revoked';
    CALL extend_session(1, interval '1 day');
    ASSERT (SELECT expires_at FROM sessions WHERE id = 1) = '2024-01-02 00:00:00+00', 'extend_session broken';
    CALL purge_expired_sessions('2025-01-01 00:00:00+00', n);
    ASSERT n = 2, 'purge_expired_sessions broken';
    ASSERT (SELECT count(*) FROM sessions) = 1, 'purge_expired_sessions did not delete';
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'verify-rollback';
EXCEPTION WHEN raise_exception THEN
    IF SQLERRM <> 'verify-rollback' THEN RAISE; END IF;
END $$;
DO $$ BEGIN ASSERT (SELECT count(*) FROM sessions) = 3, 'verify must not change rows'; END $$;
