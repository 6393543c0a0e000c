INSERT INTO rectangles (id, width, height) VALUES (1, 2, 3), (2, 4, 5);
