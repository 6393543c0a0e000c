INSERT INTO engagement_events VALUES (1, 1, 'chat', '2024-12-01 07:00:00+00'), (2, 1, 'open', '2024-12-02 07:00:00+00'), (3, 2, 'open', '2024-12-01 09:00:00+00');
