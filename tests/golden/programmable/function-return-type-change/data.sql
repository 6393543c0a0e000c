INSERT INTO reading_progress VALUES (1, 1, 120), (1, 2, 30);
