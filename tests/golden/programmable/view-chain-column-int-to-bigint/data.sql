INSERT INTO reading_sessions VALUES (1, 7, 1, 15), (2, 7, 2, 20), (3, 8, 1, 0), (4, 2147483647, 3, 5);
