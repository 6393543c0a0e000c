DO $$
BEGIN
    ASSERT (SELECT count(*) FROM orders) = 2, 'rows lost';
    ASSERT (SELECT enum_range(NULL::order_status)::text) = '{pending,paid,on_hold,shipped}', 'labels wrong';
END $$;
