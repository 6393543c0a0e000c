INSERT INTO analytics.day_opens VALUES (1, '2024-12-01 07:00:00+00'), (2, '2024-12-01 08:00:00+00');
INSERT INTO analytics.daily_metrics VALUES ('2024-12-01', 1);
