INSERT INTO addresses VALUES (1, '10115'), (2, 'SW1A 1AA');
