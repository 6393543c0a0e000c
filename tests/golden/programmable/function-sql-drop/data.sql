INSERT INTO users VALUES (1, 'ann@example.com');
