INSERT INTO replies VALUES (1, 'yes'), (2, 'no'), (3, NULL);
