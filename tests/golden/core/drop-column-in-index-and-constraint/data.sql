INSERT INTO shipments VALUES (1, 10, 'dhl', 'X1', 2.5, 1.0), (2, 10, 'ups', 'Y2', 1.0, 4.0);
