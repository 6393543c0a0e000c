INSERT INTO invoice_lines VALUES (1, 19.99), (2, 12345678.90), (3, 0);
