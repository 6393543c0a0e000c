INSERT INTO events VALUES (1, 10, 'a'), (2, 2147483647, 'b'), (3, -5, NULL);
