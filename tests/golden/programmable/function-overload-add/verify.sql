DO $$
BEGIN
    ASSERT format_duration(600) = '10 min', 'integer overload broken';
    ASSERT format_duration(interval '2 hours') = '120 min', 'interval overload missing';
    ASSERT (SELECT count(*) FROM pg_proc WHERE proname = 'format_duration') = 2, 'expected two overloads';
END $$;
