INSERT INTO metrics VALUES (1, '2024-01-01 00:00+00', 'tok-a', 1.5), (2, '2024-01-01 00:01+00', 'tok-b', 2.5);
