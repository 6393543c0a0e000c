DO $$
BEGIN
    ASSERT (SELECT count(*) FROM customers) = 2, 'rows lost';
    ASSERT (SELECT email FROM customers WHERE id = 2) = 'b@example.com', 'email changed';
    ASSERT (SELECT count(*) FROM customers WHERE nickname IS NULL AND last_seen_at IS NULL) = 2, 'new columns should be NULL';
END $$;
