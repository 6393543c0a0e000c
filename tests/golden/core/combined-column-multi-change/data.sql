INSERT INTO products VALUES (1, '9.99', 'A-1'), (2, '0', 'B-2'), (3, '120.50', 'C-3');
