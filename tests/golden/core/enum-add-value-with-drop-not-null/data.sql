INSERT INTO check_ins VALUES (1, 'ok'), (2, 'bad');
