INSERT INTO tickets VALUES (1, 'low'), (2, 'normal'), (3, 'high'), (4, DEFAULT);
