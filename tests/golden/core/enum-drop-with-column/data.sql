INSERT INTO shirts VALUES (1, 'red', 'S'), (2, 'blue', 'XL');
