INSERT INTO users VALUES (1, 'Ann', 'Lee'), (2, 'Bob', NULL);
