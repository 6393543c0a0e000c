INSERT INTO accounts VALUES (1, 'a'), (2, 'b');
INSERT INTO transfers VALUES (1, 1, 2, 10.00), (2, 2, 1, 5.00);
