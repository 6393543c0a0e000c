INSERT INTO orders VALUES (1, 'pending'), (2, 'shipped');
