DO $$
BEGIN
    ASSERT (SELECT count(*) FROM contacts) = 2, 'rows lost';
    ASSERT NOT (SELECT attnotnull FROM pg_attribute WHERE attrelid = 'contacts'::regclass AND attname = 'phone'), 'phone still NOT NULL';
    ASSERT (SELECT phone FROM contacts WHERE id = 2) = '456', 'phone changed';
END $$;
