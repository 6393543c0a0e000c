INSERT INTO classroom.assignments VALUES (1, 1, 'Fractions', 'Do 1-10', '2024-05-01 00:00:00+00', true), (2, 1, 'Poetry', NULL, NULL, true), (3, 2, 'Draft', NULL, '2024-05-02 00:00:00+00', false);
