DO $$
BEGIN
    ASSERT calendar.unlocked_day(1, '2024-12-05') = 5, 'wrong unlocked day';
    ASSERT calendar.unlocked_day(1, '2024-11-05') = 0, 'before start should be 0';
    ASSERT calendar.unlocked_day(1, '2025-01-30') = 24, 'capped at 24';
END $$;
