DO $$
BEGIN
    ASSERT (SELECT count(*) FROM room_bookings) = 3, 'rows lost';
    ASSERT (SELECT contype FROM pg_constraint WHERE conname = 'room_bookings_no_overlap') = 'x', 'exclusion constraint missing';
END $$;
