INSERT INTO people (id, email) VALUES (1, 'ann@example.com'), (2, 'bob@example.org');
