INSERT INTO contacts VALUES (1, 'a@x.org', '123', 'DE'), (2, 'b@x.org', NULL, 'FR');
