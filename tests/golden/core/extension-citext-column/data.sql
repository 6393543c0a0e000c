INSERT INTO logins VALUES (1, 'Ann@Example.com', 'Ann'), (2, 'bob@example.com', 'bob');
