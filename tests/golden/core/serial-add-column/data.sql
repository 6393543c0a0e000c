INSERT INTO comments VALUES ('first', 'ann'), ('second', 'bob'), ('third', NULL);
