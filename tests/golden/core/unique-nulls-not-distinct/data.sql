INSERT INTO devices VALUES (1, 'S1', 'acme', 'x1'), (2, NULL, 'acme', NULL), (3, 'S3', NULL, 'x1');
