INSERT INTO schools VALUES (1, 'North Elementary', ROW(52.5, 13.25)), (2, 'Harbor School', NULL);
