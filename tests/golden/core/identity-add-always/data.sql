INSERT INTO invoices VALUES (1, 10.00), (2, 20.50), (3, 99.99);
