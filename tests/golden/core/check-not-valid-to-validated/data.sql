INSERT INTO readings VALUES (1, 21.5), (2, -4.0);
