INSERT INTO products VALUES (1, 'lamp'), (2, 'chair'), (3, 'desk');
