INSERT INTO bookings VALUES
    (1, 'confirmed', 2, 'ann@example.com', 'SUMMER-10', 'DE', '2024-07-01', '2024-07-05', 120.00, NULL, 'standard', NULL),
    (2, 'pending', 1, 'BOB@Example.ORG', NULL, NULL, '2024-08-01', '2024-08-02', NULL, 'late arrival', 'group', 50.00);
