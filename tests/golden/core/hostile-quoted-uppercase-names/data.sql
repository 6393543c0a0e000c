INSERT INTO "CRM"."Customer" VALUES (1, 'Ann', 'ann-lower', 30), (2, 'Bob', NULL, NULL);
