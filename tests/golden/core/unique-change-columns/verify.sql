DO $$
BEGIN
    ASSERT (SELECT count(*) FROM slots) = 3, 'rows lost';
    ASSERT (SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'slots_room_day_uq') = 'UNIQUE (room, day, hour)', 'constraint columns wrong';
END $$;
