INSERT INTO products VALUES (1, 10.00, 8.00, 5), (2, 3.50, NULL, 0);
