INSERT INTO children VALUES (1, 7), (2, NULL);
