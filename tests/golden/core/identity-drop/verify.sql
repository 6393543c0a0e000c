DO $$
BEGIN
    ASSERT (SELECT count(*) FROM widgets) = 3, 'rows lost';
    ASSERT (SELECT name FROM widgets WHERE id = 3) = 'c', 'ids changed';
    ASSERT (SELECT attidentity FROM pg_attribute WHERE attrelid = 'widgets'::regclass AND attname = 'id') = '', 'identity still present';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_class WHERE relkind = 'S' AND relname = 'widgets_id_seq'), 'identity sequence still present';
END $$;
