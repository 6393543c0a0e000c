DO $$
BEGIN
    ASSERT (SELECT count(*) FROM calendar_days) = 4, 'rows lost';
    ASSERT (SELECT days_opened FROM calendar_progress WHERE calendar_id = 1) = 2, 'wrong aggregate';
    ASSERT (SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'calendar_progress'::regclass AND attnum > 0) = 'calendar_id,days_opened,last_opened_at', 'column list not applied';
END $$;
