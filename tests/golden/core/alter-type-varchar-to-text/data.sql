INSERT INTO articles VALUES (1, 'Hello', 'hello'), (2, 'World', 'world');
