INSERT INTO analytics.nps_responses VALUES (1, 10), (2, 9), (3, 8), (4, 2);
