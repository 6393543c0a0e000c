INSERT INTO members VALUES (1, 'a@x', 1, 'a'), (2, 'b@x', 1, 'b');
