INSERT INTO incidents VALUES (1, 'low'), (2, 'high');
