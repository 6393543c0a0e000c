DO $$
BEGIN
    ASSERT (SELECT count(*) FROM products) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM pg_constraint WHERE conrelid = 'products'::regclass AND contype = 'c'
            AND conname IN ('products_price_check', 'products_check', 'products_stock_nonnegative')) = 3, 'check constraints missing';
END $$;
