INSERT INTO children VALUES (1, 'Mia', 'Schmidt');
