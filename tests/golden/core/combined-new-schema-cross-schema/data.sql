INSERT INTO users VALUES (1, 'a@x'), (2, 'b@x');
