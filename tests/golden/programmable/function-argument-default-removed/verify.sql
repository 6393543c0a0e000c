DO $$
BEGIN
    ASSERT clamp_score(150, 0) = 100, 'function broken';
    ASSERT (SELECT pronargdefaults FROM pg_proc WHERE proname = 'clamp_score') = 1, 'lo still has a default';
    ASSERT has_function_privilege('app_reader', 'clamp_score(integer, integer, integer)', 'EXECUTE'), 'grant lost';
END $$;
