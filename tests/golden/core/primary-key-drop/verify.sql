DO $$
BEGIN
    ASSERT (SELECT count(*) FROM raw_events) = 2, 'rows lost';
    ASSERT (SELECT payload->>'b' FROM raw_events WHERE id = 2) = '2', 'payload changed';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'raw_events'::regclass AND contype = 'p'), 'PK still present';
END $$;
