INSERT INTO users VALUES (1, 'ann@example.com', NULL), (2, 'bob@example.com', '2024-01-01 00:00:00+00');
