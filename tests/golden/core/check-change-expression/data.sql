INSERT INTO reviews VALUES (1, 5, 'great'), (2, 1, NULL), (3, 3, 'meh');
