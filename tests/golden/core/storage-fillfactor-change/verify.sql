DO $$
BEGIN
    ASSERT (SELECT count(*) FROM counters) = 2, 'rows lost';
    ASSERT (SELECT reloptions FROM pg_class WHERE relname = 'counters') = ARRAY['fillfactor=50'], 'fillfactor not 50';
END $$;
