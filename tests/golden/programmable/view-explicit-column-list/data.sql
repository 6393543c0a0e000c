INSERT INTO calendar_days VALUES (1, 1, '2024-12-01 08:00:00+00'), (1, 2, '2024-12-02 08:00:00+00'), (1, 3, NULL), (2, 1, NULL);
