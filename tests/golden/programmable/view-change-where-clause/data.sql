INSERT INTO assignments VALUES
    (1, 'Fractions', '2024-05-01 00:00:00+00', true),
    (2, 'Volcanoes', '2024-09-01 00:00:00+00', true),
    (3, 'Poetry', NULL, true),
    (4, 'Draft', NULL, false);
