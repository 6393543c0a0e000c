INSERT INTO orders VALUES (1, 'pending'), (2, 'shipped');
INSERT INTO legacy_orders VALUES (1, 'paid');
