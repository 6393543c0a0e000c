INSERT INTO parcels VALUES (1, 7), (2, NULL);
