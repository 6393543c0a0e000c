DO $$
BEGIN
    ASSERT (SELECT count(*) FROM orders) = 2, 'rows lost';
    ASSERT (SELECT confdeltype FROM pg_constraint WHERE conname = 'orders_customer_id_fkey') = 'r', 'customer_id FK not RESTRICT';
    ASSERT (SELECT confdeltype FROM pg_constraint WHERE conname = 'orders_referrer_id_fkey') = 'n', 'referrer_id FK not SET NULL';
    ASSERT (SELECT confdeltype FROM pg_constraint WHERE conname = 'orders_agent_fk') = 'c', 'agent FK not CASCADE';
END $$;
