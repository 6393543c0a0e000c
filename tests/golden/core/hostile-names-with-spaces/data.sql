INSERT INTO "Sales Data"."order items" VALUES (1, 9.99, 2), (2, 100.00, 1);
