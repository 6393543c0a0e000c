INSERT INTO telemetry_events VALUES (1, 'open', '2024-12-01 07:00:00+00'), (2, 'open', '2024-12-01 08:00:00+00');
