DO $$
BEGIN
    ASSERT (SELECT count(*) FROM orders) = 2, 'rows lost';
    ASSERT pg_typeof((SELECT amount_cents FROM orders LIMIT 1))::text = 'bigint', 'column not retyped';
    ASSERT order_count() = 2, 'order_count broken';
    ASSERT revenue_cents() = 4000000000, 'revenue_cents broken';
    ASSERT EXISTS (SELECT 1 FROM pg_depend WHERE classid = 'pg_proc'::regclass AND objid = 'revenue_cents()'::regprocedure AND refobjid = 'orders'::regclass AND refobjsubid > 0), 'function not bound to the column';
END $$;
