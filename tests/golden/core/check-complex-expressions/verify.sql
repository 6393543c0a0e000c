DO $$
BEGIN
    ASSERT (SELECT count(*) FROM bookings) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM pg_constraint WHERE conrelid = 'bookings'::regclass AND contype = 'c') = 10, 'expected 10 check constraints';
    ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'bookings_status_check'), 'implicit name bookings_status_check missing';
END $$;
