DO $$
BEGIN
    ASSERT format_minutes(total_minutes => 135) = '2h 15m', 'named argument not renamed';
END $$;
