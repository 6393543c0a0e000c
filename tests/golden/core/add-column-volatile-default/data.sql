INSERT INTO sessions VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
