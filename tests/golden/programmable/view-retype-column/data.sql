INSERT INTO quiz_results VALUES (1, 10, 2, 3), (2, 11, 3, 3);
