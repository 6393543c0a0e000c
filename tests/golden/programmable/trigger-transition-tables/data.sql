INSERT INTO reading_progress VALUES (1, 1, 10), (1, 2, 0), (2, 1, 5);
