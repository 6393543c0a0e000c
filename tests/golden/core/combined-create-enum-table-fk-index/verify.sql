DO $$
BEGIN
    ASSERT (SELECT value FROM settings WHERE key = 'site_name') = 'shop', 'existing row lost';
    ASSERT to_regclass('orders_open_idx') IS NOT NULL, 'partial index missing';
END $$;
