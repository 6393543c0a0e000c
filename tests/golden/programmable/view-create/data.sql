INSERT INTO users VALUES (1, 'ann@example.com', 'Ann', NULL), (2, 'bob@example.com', NULL, '2024-01-01 00:00:00+00'), (3, 'cy@example.com', 'Cy', NULL);
