DO $$
BEGIN
    ASSERT (SELECT count(*) FROM events) = 4, 'rows lost';
    ASSERT (SELECT inhparent::regclass::text FROM pg_inherits WHERE inhrelid = 'by_hand'::regclass) = 'events_by_id', 'by_hand not adopted';
    ASSERT (SELECT inhparent::regclass::text FROM pg_inherits WHERE inhrelid = 'clicks_by_id'::regclass) = 'events_2026_id_idx', 'clicks_by_id not adopted';
    ASSERT (SELECT inhparent::regclass::text FROM pg_inherits WHERE inhrelid = 'old_events_by_id'::regclass) = 'events_by_id', 'old_events_by_id not adopted';
    ASSERT NOT EXISTS (SELECT FROM pg_inherits WHERE inhrelid = 'by_hand_kind'::regclass), 'by_hand_kind adopted';
    ASSERT NOT EXISTS (SELECT FROM pg_inherits WHERE inhrelid = 'by_hand_kind_c'::regclass), 'by_hand_kind_c adopted';
END $$;
