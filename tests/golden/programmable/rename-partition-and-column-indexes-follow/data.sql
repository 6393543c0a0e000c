INSERT INTO readings VALUES (1, '2025-03-01', 10.5, 'A'), (2, '2026-03-01', 11.5, 'b'), (3, '2026-04-01', NULL, NULL);
