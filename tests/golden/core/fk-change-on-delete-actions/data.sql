INSERT INTO customers VALUES (1), (2), (3);
INSERT INTO orders VALUES (100, 1, 2, 3), (101, 2, NULL, NULL);
