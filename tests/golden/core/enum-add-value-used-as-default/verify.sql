DO $$
BEGIN
    ASSERT (SELECT count(*) FROM orders) = 3, 'rows lost';
    ASSERT (SELECT status::text FROM orders WHERE id = 2) = 'paid', 'status changed';
    ASSERT (SELECT enum_range(NULL::order_status)::text) = '{draft,pending,paid,shipped}', 'enum labels/order wrong';
    ASSERT (SELECT column_default FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'status') = '''draft''::order_status', 'default not draft';
END $$;
