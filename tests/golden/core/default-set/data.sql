INSERT INTO tasks VALUES (1, 'one', NULL, 0, NULL), (2, 'two', 'done', 3, '2024-01-01 00:00:00+00');
