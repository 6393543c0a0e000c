DO $$
BEGIN
    ASSERT (SELECT count(*) FROM contacts) = 2, 'rows lost';
    ASSERT (SELECT attnotnull FROM pg_attribute WHERE attrelid = 'contacts'::regclass AND attname = 'email'), 'email not NOT NULL';
    ASSERT (SELECT attnotnull FROM pg_attribute WHERE attrelid = 'contacts'::regclass AND attname = 'country_code'), 'country_code not NOT NULL';
    ASSERT (SELECT email FROM contacts WHERE id = 2) = 'b@x.org', 'email changed';
END $$;
