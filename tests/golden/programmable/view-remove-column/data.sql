INSERT INTO users VALUES (1, 'ann@example.com', 'Ann', '555-0100'), (2, 'bob@example.com', NULL, NULL);
