INSERT INTO page_hits VALUES (1, '2024-01-05 10:00+00', '/a', NULL), (2, '2024-02-05 10:00+00', '/b', NULL);
