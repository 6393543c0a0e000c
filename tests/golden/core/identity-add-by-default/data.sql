INSERT INTO notes VALUES (10, 'ten'), (20, 'twenty');
