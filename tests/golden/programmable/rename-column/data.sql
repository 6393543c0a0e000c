INSERT INTO users VALUES (1, 'ann@example.com', 'annie'), (2, 'bob@example.com', NULL);
