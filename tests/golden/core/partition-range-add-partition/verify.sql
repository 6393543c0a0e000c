DO $$
BEGIN
    ASSERT (SELECT count(*) FROM orders) = 3, 'rows lost';
    ASSERT (SELECT count(*) FROM orders_2024) = 2, 'rows moved';
    ASSERT to_regclass('orders_2025') IS NOT NULL, 'new partition missing';
END $$;
