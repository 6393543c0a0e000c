INSERT INTO contacts VALUES (1, 'a@x.org', '123'), (2, 'b@x.org', '456');
