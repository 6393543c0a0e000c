DO $$
BEGIN
    ASSERT (SELECT count(*) FROM invoices) = 3, 'rows lost';
    ASSERT (SELECT total FROM invoices WHERE id = 2) = 20.50, 'row 2 changed';
    ASSERT (SELECT attidentity FROM pg_attribute WHERE attrelid = 'invoices'::regclass AND attname = 'id') = 'a', 'id is not GENERATED ALWAYS';
END $$;
