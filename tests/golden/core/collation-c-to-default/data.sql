INSERT INTO tags VALUES (1, 'alpha', NULL), (2, 'Beta', 'b'), (3, 'gamma', 'g');
