INSERT INTO docs VALUES (1, 'a', 'draft'), (2, 'b', 'active'), (3, 'c', 'archived'), (4, 'd', 'active');
