INSERT INTO submissions VALUES (1, 1, 2, 3), (2, 1, 3, 3);
