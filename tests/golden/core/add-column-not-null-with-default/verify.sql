DO $$
BEGIN
    ASSERT (SELECT count(*) FROM products) = 3, 'rows lost';
    ASSERT (SELECT count(*) FROM products WHERE in_stock AND quantity = 0 AND currency = 'EUR') = 3, 'defaults not back-filled';
    ASSERT (SELECT name FROM products WHERE id = 2) = 'chair', 'name changed';
END $$;
