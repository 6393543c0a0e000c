DO $$
BEGIN
    ASSERT (SELECT count(*) FROM stock) = 2, 'stock rows lost';
    ASSERT (SELECT warehouse_id FROM stock WHERE id = 1) = 1, 'warehouse_id value changed';
    ASSERT to_regclass('warehouses') IS NULL, 'warehouses still exists';
END $$;
