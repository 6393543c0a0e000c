INSERT INTO users VALUES (1, 'ann@example.com', 'Ann', true), (2, 'bob@example.com', 'Bob', true);
