INSERT INTO events VALUES (1, '2024-03-03', '{}'), (2, '2024-11-11', NULL);
