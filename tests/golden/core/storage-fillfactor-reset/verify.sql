DO $$
BEGIN
    ASSERT (SELECT count(*) FROM counters) = 2, 'rows lost';
    ASSERT (SELECT reloptions IS NULL FROM pg_class WHERE relname = 'counters'), 'reloptions not reset';
END $$;
