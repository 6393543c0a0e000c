INSERT INTO "user" VALUES (1, 'ann', true), (2, 'bob', false);
INSERT INTO "order" VALUES (10, 1, 'a', '2024-01-01', '2024-01-31'), (11, 2, NULL, NULL, NULL);
