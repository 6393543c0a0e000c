INSERT INTO departments VALUES (1, 10), (2, NULL);
INSERT INTO staff VALUES (10, 1), (11, 2);
