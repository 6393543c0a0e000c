INSERT INTO nps_responses VALUES (1, 1, 9), (2, 2, 3);
