INSERT INTO nps_responses VALUES (1, 10), (2, 8), (3, 3);
