DO $$
BEGIN
    ASSERT (SELECT count(*) FROM "Sales Data"."order items") = 2, 'rows lost';
    ASSERT (SELECT "unit price" FROM "Sales Data"."order items" WHERE "item id" = 1) = 9.99, 'price changed';
    ASSERT (SELECT count(*) FROM "Sales Data"."order items" WHERE "discount %" = 0) = 2, 'discount default not applied';
    ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'price must be positive'), 'check missing';
END $$;
