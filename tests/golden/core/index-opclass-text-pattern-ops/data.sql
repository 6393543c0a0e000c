INSERT INTO urls VALUES (1, '/a/b', 'example.com'), (2, '/a/c', 'example.org');
