DO $$
BEGIN
    ASSERT (SELECT count(*) FROM products) = 2, 'rows lost';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'products'::regclass AND contype = 'c'), 'checks still present';
END $$;
