DO $$
BEGIN
    ASSERT (SELECT count(*) FROM orders) = 2, 'rows lost';
    ASSERT (SELECT status::text FROM orders WHERE id = 2) = 'shipped', 'value changed';
    ASSERT (SELECT enum_range(NULL::order_status)::text) = '{pending,paid,shipped,delivered,returned}', 'labels wrong';
END $$;
