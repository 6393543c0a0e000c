INSERT INTO credentials VALUES (1, 'ann'), (2, 'bob');
