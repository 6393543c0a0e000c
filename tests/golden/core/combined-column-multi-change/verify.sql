DO $$
BEGIN
    ASSERT (SELECT count(*) FROM products) = 3, 'rows lost';
    ASSERT (SELECT price FROM products WHERE id = 3) = 120.50, 'price not converted';
    ASSERT (SELECT pg_typeof(price)::text FROM products LIMIT 1) = 'numeric', 'price not numeric';
    ASSERT (SELECT sku FROM products WHERE id = 2) = 'B-2', 'sku changed';
END $$;
