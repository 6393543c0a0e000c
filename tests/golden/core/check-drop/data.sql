INSERT INTO products VALUES (1, 10.00, 5), (2, 3.50, 0);
