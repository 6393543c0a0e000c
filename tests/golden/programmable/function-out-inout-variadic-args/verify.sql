DO $$
DECLARE
    r record;
BEGIN
    SELECT * INTO r FROM session_stats('2024-01-01 00:00:00+00');
    ASSERT r.sessions = 2 AND r.open_sessions = 1 AND r.avg_minutes = 10.0, 'OUT parameters broken';
    ASSERT bump(41) = 42, 'INOUT broken';
    ASSERT first_present(NULL, '', 'kit', 'cat') = 'kit', 'VARIADIC broken';
    ASSERT to_regprocedure('session_stats(timestamptz)') IS NOT NULL, 'identity signature should be (timestamptz)';
END $$;
