INSERT INTO order_lines VALUES (1, 2, 5.00), (2, 3, 1.50);
