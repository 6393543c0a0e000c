DO $$
BEGIN
    ASSERT (SELECT count(*) FROM prices) = 2, 'rows lost';
    ASSERT (SELECT confupdtype::text || confdeltype::text FROM pg_constraint WHERE conname = 'prices_currency_fkey') = 'cr', 'currency FK actions wrong';
    ASSERT (SELECT confupdtype FROM pg_constraint WHERE conname = 'prices_settle_currency_fkey') = 'd', 'settle FK not ON UPDATE SET DEFAULT';
END $$;
