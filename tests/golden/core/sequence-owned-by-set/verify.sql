DO $$
BEGIN
    ASSERT (SELECT count(*) FROM orders) = 2, 'rows lost';
    ASSERT (SELECT order_number FROM orders WHERE id = 2) = 1001, 'values changed';
    ASSERT (SELECT last_value FROM order_number_seq) = 1001, 'sequence was recreated or reset';
    ASSERT pg_get_serial_sequence('orders', 'order_number') = 'public.order_number_seq', 'sequence not owned by the column';
END $$;
